"""The batch runner: read -> clean -> skip known -> pipeline -> store, for any number of files.

Why a module of its own: the CLI, the Python API and tests all need the same loop with the
same guarantees — constant memory (inputs stream through in chunks, at most a few chunks in
flight), one bad document never stops the batch (it becomes a counted, reported Failure),
and a re-run or a resumed run never redoes or duplicates work (documents already in the
store are skipped by content hash before any NLP is spent on them).

With ``jobs > 1`` the NLP runs in worker processes, which inherit the model loaded once in the
parent (fork; spawn-only platforms load it once per worker); only the
parent reads, cleans, checks the store and writes (DuckDB has one writer), so the store
never sees two writers and results keep their input order.
"""

from __future__ import annotations

import multiprocessing as mp
import sys
import time
import warnings
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Sequence

from eventwire.errors import EventwireError, EventwireWarning, UsageError
from eventwire.model import Document, Event, Failure

DEFAULT_BATCH_SIZE = 16

#: A chunk also closes once its cleaned text reaches this many characters. Why: news
#: articles range from 1,000 to 100,000 characters, so chunks of N documents differ tenfold
#: in work; near the end of a run one worker would still grind through a heavy chunk while
#: the other idles, and a worker's memory follows the size of its chunk.
CHUNK_CHARS = 30_000

Result = tuple[Document, list[Event]]


# -- failures and warnings that survive the trip back from a worker --------------------------

class ReportedError(Exception):
    """An error as a worker saw it, reduced to code and text so that it pickles.

    ``EventwireError`` takes keyword context in its constructor, which the default
    exception pickling cannot replay; the parent only needs the code and the words.
    """

    def __init__(self, code: str, detail: str, doc_ref: str | None = None) -> None:
        super().__init__(code, detail, doc_ref)
        self.code = code
        self.detail = detail
        self.doc_ref = doc_ref

    def __str__(self) -> str:
        return self.detail


def portable(f: Failure) -> Failure:
    """A Failure whose error pickles, keeping its code, document and message."""
    e = f.error
    if isinstance(e, ReportedError):
        return f
    if isinstance(e, EventwireError):
        return Failure(f.doc_ref, ReportedError(e.code, e.detail, e.doc_ref or f.doc_ref))
    text = str(e) or type(e).__name__
    return Failure(f.doc_ref, ReportedError(getattr(e, "code", "E000"),
                                            f"{type(e).__name__}: {text}", f.doc_ref))


def failure_line(f: Failure) -> str:
    """``E003 [path] message``: the one-line form of a failure, as logged on stderr."""
    e = f.error
    detail = getattr(e, "detail", None) or str(e) or type(e).__name__
    ref = getattr(e, "doc_ref", None) or f.doc_ref
    return f"{f.code} [{ref}] {detail}"


@dataclass
class Notice:
    """A coded warning raised while processing (W001 ...), kept as plain text."""

    code: str
    message: str


def _notices(caught: Sequence[warnings.WarningMessage]) -> list[Notice]:
    """eventwire's own coded warnings; library noise (deprecations ...) is not the user's."""
    from eventwire.errors import EventwireWarning

    return [Notice(w.message.code, str(w.message)) for w in caught
            if isinstance(w.message, EventwireWarning)]


# -- the report -----------------------------------------------------------------------------

@dataclass
class IngestReport:
    """What an ingest did, for the summary table and the exit code."""

    read: int = 0              # documents (and unreadable inputs) seen
    stored: int = 0            # documents written (with their events)
    skipped: int = 0           # documents already in the store: not processed again
    failed: int = 0            # inputs or documents that failed, see ``failure_codes``
    events: int = 0            # events written
    seconds: float = 0.0
    failure_codes: Counter = field(default_factory=Counter)
    warning_codes: Counter = field(default_factory=Counter)
    jobs: int = 1

    @property
    def ok(self) -> bool:
        return self.failed == 0

    @property
    def docs_per_second(self) -> float:
        return self.read / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"read": self.read, "stored": self.stored, "skipped": self.skipped,
                "failed": self.failed, "events": self.events,
                "seconds": round(self.seconds, 3), "failure_codes": dict(self.failure_codes),
                "warning_codes": dict(self.warning_codes), "jobs": self.jobs}


# -- reading and cleaning (parent side) ----------------------------------------------------

def _read(paths: Iterable[str], published: str | None) -> Iterator[Document | Failure]:
    from eventwire.readers.open import read_inputs

    return read_inputs(paths, published)


def _clean(doc: Document) -> Document | Failure:
    from eventwire.clean import clean

    if doc.cleaned:
        return doc
    try:
        return clean(doc)
    except Exception as exc:  # noqa: BLE001 - one odd document must not stop the batch
        return Failure(doc.doc_ref, exc)


@dataclass
class Chunk:
    """Documents to run through the NLP, and what happened to the rest of the chunk."""

    docs: list[Document]
    failures: list[Failure]
    skipped: int
    read: int
    notices: list[Notice] = field(default_factory=list)


def _chunks(paths: Iterable[str], published: str | None, size: int,
            known: Callable[[list[str]], set[str]] | None) -> Iterator[Chunk]:
    """Stream the inputs as cleaned chunks (``size`` documents or ``CHUNK_CHARS``
    characters, whichever comes first); documents already stored are dropped here."""
    items = _read(paths, published)
    while True:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", EventwireWarning)
            batch: list[Document | Failure] = []
            chars = 0
            for item in items:
                item = item if isinstance(item, Failure) else _clean(item)
                batch.append(item)
                chars += len(item.text) if isinstance(item, Document) else 0
                if len(batch) >= size or chars >= CHUNK_CHARS:
                    break
        if not batch:
            return
        docs = [x for x in batch if isinstance(x, Document)]
        failures = [x for x in batch if isinstance(x, Failure)]
        skipped = 0
        if known is not None and docs:
            seen: set[str] = set()
            unique = []
            for d in docs:   # the same text twice in one chunk is stored once
                if d.doc_id in seen:
                    skipped += 1
                else:
                    seen.add(d.doc_id)
                    unique.append(d)
            docs = unique
            stored = known([d.doc_id for d in docs])
            skipped += sum(1 for d in docs if d.doc_id in stored)
            docs = [d for d in docs if d.doc_id not in stored]
        yield Chunk(docs, failures, skipped, len(batch), _notices(caught))


# -- the NLP, in this process or in workers ----------------------------------------------

_PIPELINE: Any = None
_INIT_ERROR: Exception | None = None
#: The user's actor dictionaries and their as-of date, for the pipeline of this process and
#: of its workers (set by ``_Executor`` before any worker starts; spawned workers get them
#: through the pool initializer).
_ACTORS: tuple[tuple[str, ...], str | None] = ((), None)


def _configure(actor_dictionaries: Sequence[str] = (), actors_as_of: str | None = None) -> None:
    global _ACTORS
    _ACTORS = (tuple(str(p) for p in actor_dictionaries),
               str(actors_as_of) if actor_dictionaries and actors_as_of else None)


def _pipeline() -> Any:
    global _PIPELINE
    if _PIPELINE is not None and (getattr(_PIPELINE, "actor_dictionaries", ()),
                                  getattr(_PIPELINE, "actors_as_of", None)) != _ACTORS:
        _PIPELINE = None          # another set of actor dictionaries than the loaded one
    if _PIPELINE is None:
        from eventwire.pipeline import Pipeline

        _PIPELINE = Pipeline(actor_dictionaries=_ACTORS[0], actors_as_of=_ACTORS[1])
    return _PIPELINE


def _load_pipeline() -> None:
    """Load the pipeline, keeping a loading error for the documents to report."""
    global _INIT_ERROR
    try:
        _pipeline()
    except Exception as exc:  # noqa: BLE001 - a worker that dies here is respawned forever;
        _INIT_ERROR = exc     # instead each document it gets fails with this error


def _preload_for_fork() -> None:
    """Load the pipeline in the parent once, so that forked workers inherit it.

    Why: loading (spaCy model, actor tables, gazetteer) costs about 2.5 s of CPU per
    process; loaded before the fork it is paid once instead of once per worker, and the
    workers share its pages copy-on-write instead of holding a copy each.
    ``gc.freeze()`` moves the loaded objects out of the collector's reach, so that a
    collection in a worker does not write to (and so copy) every shared page; the parent
    unfreezes once the workers are forked."""
    import gc

    _load_pipeline()
    _warm_up()
    gc.collect()
    gc.freeze()


#: Invented text that touches every stage (entities, a parse, actors, places, dates).
_WARM_UP_TEXT = ("Police in Lagos arrested twelve protesters on Monday, the governor of Lagos "
                 "State said. The United Nations condemned the arrests.")


def _warm_up() -> None:
    """Run one short text through the pipeline before forking.

    Why: the actor tables and the gazetteer load on first use (0.5 s of CPU, ~30 MiB);
    done here, that happens once and its pages are shared, instead of once per worker on
    its first real document."""
    if _PIPELINE is None:
        return
    try:
        _PIPELINE.extract_doc(Document(text=_WARM_UP_TEXT, doc_ref="<warm-up>",
                                       published="2021-01-05", cleaned=True))
    except Exception:  # noqa: BLE001 - a warm-up problem will show on the real documents
        pass


def _release_memory() -> None:
    """Hand freed heap memory back to the system after a chunk (glibc only).

    A long article makes a worker's heap grow by tens of MiB; without this the freed
    pages stay mapped, and over a long run the peak creeps up with fragmentation instead
    of staying at what one chunk needs."""
    global _LIBC
    if _LIBC is None:
        try:
            import ctypes

            _LIBC = ctypes.CDLL("libc.so.6")
            _LIBC.malloc_trim.argtypes = [ctypes.c_size_t]
        except (OSError, AttributeError):
            _LIBC = False
    if _LIBC:
        _LIBC.malloc_trim(0)


_LIBC: Any = None


def _init_worker(actors: tuple[tuple[str, ...], str | None] | None = None) -> None:
    """Load the model once per worker (unless inherited from the parent through fork),
    before the first chunk arrives. ``actors``: the parent's actor dictionaries (a spawned
    worker does not inherit the parent's module state).

    Ctrl-C is left to the parent, which stops the pool and keeps what was committed; a
    worker that died on it would only print a traceback per process."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if actors is not None and actors != _ACTORS:
        _configure(*actors)
    if _PIPELINE is None and _INIT_ERROR is None:
        _load_pipeline()


def _process(docs: list[Document], batch_size: int) -> tuple[list[Result | Failure], list[Notice]]:
    """Run one chunk through the pipeline; errors become Failures, never exceptions."""
    if _INIT_ERROR is not None:
        return [portable(Failure(d.doc_ref, _INIT_ERROR)) for d in docs], []
    out: list[Result | Failure] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", EventwireWarning)
        try:
            for r in _pipeline().process(docs, batch_size=batch_size):
                if isinstance(r, Failure):
                    out.append(portable(r))
                else:
                    out.append((r[0], list(r[1])))
        except Exception:  # noqa: BLE001 - one bad document must not sink its chunk:
            out = []       # redo the chunk one document at a time to find the culprit
            for d in docs:
                try:
                    for r in _pipeline().process([d], batch_size=1):
                        out.append(portable(r) if isinstance(r, Failure) else (r[0], list(r[1])))
                except Exception as one:  # noqa: BLE001 - reported as this document's failure
                    out.append(portable(Failure(d.doc_ref, one)))
    _release_memory()
    return out, _notices(caught)


def _start_method() -> str:
    """fork where the platform has it (workers start in a fraction of a second and share
    the imported code); spawn elsewhere. The pool is started before the store is opened,
    so no DuckDB thread exists at fork time."""
    return "fork" if "fork" in mp.get_all_start_methods() else "spawn"


class _Executor:
    """Runs chunks through the pipeline, in order, with a bounded number in flight."""

    def __init__(self, jobs: int, batch_size: int, actor_dictionaries: Sequence[str] = (),
                 actors_as_of: str | None = None) -> None:
        _configure(actor_dictionaries, actors_as_of)
        if actor_dictionaries:
            from eventwire.actors.dictionary import load_knowledge_base

            # read and built once, here: a bad path fails now (E023), not in every worker,
            # and forked workers inherit the layered knowledge base
            load_knowledge_base(actor_dictionaries, actors_as_of)
        self.jobs = max(1, int(jobs))
        self.batch_size = batch_size
        self.pool = None
        self.submitted = False  # nothing sent: the workers need not finish loading the model
        if self.jobs > 1:
            from eventwire.annotate import model_name

            model_name()  # no model: say so now (E020), not once per worker
            method = _start_method()
            if method == "fork":
                _preload_for_fork()
            ctx = mp.get_context(method)
            self.pool = ctx.Pool(self.jobs, initializer=_init_worker, initargs=(_ACTORS,))
            if method == "fork":
                import gc

                gc.unfreeze()   # the workers are forked; the parent collects as usual
        # in-process, the model loads with the first document that needs it: a re-run that
        # finds everything stored finishes in a second instead of waiting for spaCy

    def __enter__(self) -> "_Executor":
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            if exc[0] is None and self.submitted:
                self.pool.close()
            else:
                self.pool.terminate()
            self.pool.join()

    def run(self, chunks: Iterator[Chunk]) -> Iterator[tuple[Chunk, list[Result | Failure],
                                                             list[Notice]]]:
        if self.pool is None:
            for c in chunks:
                results, notices = _process(c.docs, self.batch_size) if c.docs else ([], [])
                yield c, results, notices
            return
        pending: deque = deque()
        limit = 2 * self.jobs  # chunks in flight: keeps workers busy, memory bounded
        for c in chunks:
            job = None
            if c.docs:
                job = self.pool.apply_async(_process, (c.docs, self.batch_size))
                self.submitted = True
            pending.append((c, job))
            while len(pending) > limit:
                yield self._collect(pending.popleft())
        while pending:
            yield self._collect(pending.popleft())

    @staticmethod
    def _collect(item: tuple[Chunk, Any]) -> tuple[Chunk, list[Result | Failure], list[Notice]]:
        c, job = item
        if job is None:
            return c, [], []
        results, notices = job.get()
        return c, results, notices


def _check_jobs(jobs: int) -> int:
    if jobs < 1:
        raise UsageError("E044", value=jobs)
    return jobs


# -- public entry points -------------------------------------------------------------------

Log = Callable[[str], None]


def _stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def extract_events(paths: Iterable[str], published: str | None = None, jobs: int = 1,
                   batch_size: int = DEFAULT_BATCH_SIZE,
                   on_notice: Callable[[Notice], None] | None = None,
                   actor_dictionaries: Sequence[str] = (), actors_as_of: str | None = None
                   ) -> Iterator[Event | Failure]:
    """Events of every readable document, in input order; unreadable ones as Failures.

    No store: nothing is skipped, nothing written. Warnings (W001 ...) go to ``on_notice``.
    ``actor_dictionaries``: user actor dictionaries over the built-in knowledge base, in
    this process and in every worker (docs/actor-dictionaries.md).
    """
    _check_jobs(jobs)
    with _Executor(jobs, batch_size, actor_dictionaries, actors_as_of) as ex:
        for chunk, results, notices in ex.run(_chunks(paths, published, batch_size, None)):
            for n in chunk.notices + notices:
                if on_notice:
                    on_notice(n)
            yield from chunk.failures
            for r in results:
                if isinstance(r, Failure):
                    yield r
                else:
                    yield from r[1]


def ingest(paths: Iterable[str], db_path: str = "eventwire.duckdb", published: str | None = None,
           jobs: int = 1, batch_size: int = DEFAULT_BATCH_SIZE, progress: bool = True,
           log: Log | None = _stderr, verbose: bool = False,
           actor_dictionaries: Sequence[str] = (), actors_as_of: str | None = None
           ) -> IngestReport:
    """Read, extract and store every document under ``paths``; return what happened.

    Resumable and idempotent: each chunk is written in one transaction, and documents
    already stored (same cleaned text) are skipped, so an interrupted run loses at most
    the chunks in flight and a second run adds nothing. Per-document failures are logged
    (``E003 [path] message``), recorded in the store's ``failures`` table and counted.
    ``progress`` shows a live bar on stderr when stderr is a terminal.
    ``actor_dictionaries``: as for ``extract_events``.
    """
    from eventwire.store import Store

    _check_jobs(jobs)
    report = IngestReport(jobs=jobs)
    start = time.perf_counter()
    display = _Progress(report) if progress and sys.stderr.isatty() else None
    say: Log = (display.log if display else log) or (lambda _l: None)
    with _Executor(jobs, batch_size, actor_dictionaries, actors_as_of) as ex, \
            Store(db_path) as store:
        if display:
            display.start()
        try:
            chunks = _chunks(paths, published, batch_size, store.known_doc_ids)
            for chunk, results, notices in ex.run(chunks):
                failures = list(chunk.failures)
                done: list[Result] = []
                for r in results:
                    (failures.append if isinstance(r, Failure) else done.append)(r)
                report.events += store.write(done)
                store.record_failures([portable(f) for f in failures])
                report.read += chunk.read
                report.skipped += chunk.skipped
                report.stored += len(done)
                report.failed += len(failures)
                for f in failures:
                    report.failure_codes[f.code] += 1
                    say(failure_line(f))
                for n in chunk.notices + notices:
                    report.warning_codes[n.code] += 1
                    if verbose:
                        say(n.message)
                report.seconds = time.perf_counter() - start
                if display:
                    display.update()
        finally:
            if display:
                display.stop()
    report.seconds = time.perf_counter() - start
    return report


class _Progress:
    """A live line on stderr: documents read / stored / skipped / failed, events, rate."""

    def __init__(self, report: IngestReport) -> None:
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.report = report
        self.console = Console(stderr=True)
        self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                            TimeElapsedColumn(), console=self.console, transient=True)
        self.task = self.bar.add_task(self._text(), total=None)

    def _text(self) -> str:
        r = self.report
        return (f"{r.read} read · {r.stored} stored · {r.skipped} skipped · {r.failed} failed"
                f" · {r.events} events · {r.docs_per_second:.1f} docs/s")

    def start(self) -> None:
        self.bar.start()

    def stop(self) -> None:
        self.bar.stop()

    def update(self) -> None:
        self.bar.update(self.task, description=self._text())

    def log(self, line: str) -> None:
        self.console.print(line, markup=False, highlight=False)
