"""The `eventwire` command: a thin face over the runner, the store and the exporters.

Conventions every command follows, so that scripts can rely on them:
results on stdout, errors and progress on stderr; every error message starts with its code
(see errors.py); exit code 0 when everything worked, 1 when some documents failed (the rest
was still done), 2 for misuse (bad option or filter, no input, no database).

To add a command: write one function decorated with ``@main.command()`` here, or a click
command in its own module registered with one ``main.add_lazy(...)`` line at the end (serve,
eval, bench); errors raised as ``EventwireError`` get the same reporting and exit codes
automatically (``UsageError`` -> 2, others -> 1).
"""

from __future__ import annotations

import os
import re
import sys
import warnings
from datetime import date
from typing import Any, Callable

import click

from eventwire import __version__
from eventwire.errors import EventwireError, EventwireWarning, UsageError
from eventwire.runner import DEFAULT_BATCH_SIZE

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


# -- error reporting shared by every command ----------------------------------------------

class _Group(click.Group):
    """Turns eventwire's coded errors into one stderr line and a graded exit code, and
    imports a command's module only when that command runs (``add_lazy``), so that
    ``eventwire extract`` does not pay for the web server's or the benchmark's imports."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy: dict[str, str] = {}

    def add_lazy(self, name: str, target: str) -> None:
        """Register ``name`` as the click command at ``"module:attribute"``."""
        self.lazy[name] = target

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self.lazy))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in self.commands and name in self.lazy:
            import importlib

            module, attr = self.lazy[name].split(":")
            self.add_command(getattr(importlib.import_module(module), attr), name)
        return super().get_command(ctx, name)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except UsageError as exc:
            click.echo(exc.message, err=True)
            ctx.exit(EXIT_USAGE)
        except EventwireError as exc:
            click.echo(exc.message, err=True)
            ctx.exit(EXIT_FAILED)
        except KeyboardInterrupt:
            click.echo(EventwireError("E047", detail="stopped by the user").message, err=True)
            ctx.exit(130)


def _show_warning(message: Any, category: Any, filename: str, lineno: int,
                  file: Any = None, line: str | None = None) -> None:
    """Coded warnings as one plain line (``W001 ...``), not Python's file:line dump."""
    if isinstance(message, EventwireWarning):
        print(str(message), file=sys.stderr)
    else:
        print(warnings.formatwarning(message, category, filename, lineno, line).rstrip(),
              file=sys.stderr)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="eventwire")
def main() -> None:
    """eventwire: news reports in, sourced political events out.

    Who did what to whom, when, where, how many, and according to whom; every field
    points back to the words it came from.

    \b
    Quick start:
      eventwire extract article.txt --published 2020-06-11   # events as JSONL, no database
      eventwire ingest news/ --db eventwire.duckdb           # store a folder (resumable)
      eventwire events --type ASSAULT --country IRQ          # query what is stored
      eventwire export --format csv events.csv               # hand it to other tools

    Exit codes: 0 all documents OK, 1 some documents failed, 2 misuse.
    """
    warnings.showwarning = _show_warning


# -- shared options -----------------------------------------------------------------------

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _published(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        if not _ISO_DAY.match(value):
            raise ValueError
        date.fromisoformat(value)
    except ValueError:
        raise UsageError("E012", value=value) from None
    return value


def _jobs(ctx: click.Context, param: click.Parameter, value: int) -> int:
    if value < 1:
        raise UsageError("E044", value=value)
    return value


def _positive(ctx: click.Context, param: click.Parameter, value: int | None) -> int | None:
    if value is not None and value < 1:
        raise UsageError("E042", name=param.name, value=value, detail="expected 1 or more")
    return value


published_option = click.option(
    "--published", metavar="YYYY-MM-DD", callback=_published,
    help="Publication date used to resolve relative dates ('on Monday', 'two days "
         "earlier') in documents that do not carry their own.")
jobs_option = click.option(
    "--jobs", "-j", default=1, show_default=True, callback=_jobs,
    help="Worker processes for the NLP (each loads the model once).")
batch_option = click.option(
    "--batch-size", default=DEFAULT_BATCH_SIZE, show_default=True, callback=_positive,
    help="Documents per chunk: one NLP batch and one database transaction.")
db_option = click.option(
    "--db", "db", default="eventwire.duckdb", show_default=True, metavar="PATH",
    envvar="EVENTWIRE_DB", help="The DuckDB database file (env: EVENTWIRE_DB).")


ACTORS_HELP = ("Actor dictionary to use on top of the built-in actor knowledge base "
               "(repeatable; later files win). Reads TABARI/PETRARCH/Phoenix .actors files "
               "(PHRASE [CAMEO code], +synonyms, dated codes), PETRARCH agents files (WORD "
               "[~AGR]: role words) and eventwire's TSV (name, country, sector, kind, "
               "aliases); the format is detected from the content. See "
               "docs/actor-dictionaries.md.")
ACTORS_AS_OF_HELP = ("With --actors: use the date-restricted dictionary codes in force on "
                     "this day (default: a country or sector is kept only when all of an "
                     "entry's codes agree on it).")


def actor_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """--actors PATH (repeatable) and --actors-as-of DATE, shared by every command that
    extracts (extract, ingest, eval)."""
    f = click.option("--actors-as-of", "actors_as_of", metavar="YYYY-MM-DD",
                     callback=_published, help=ACTORS_AS_OF_HELP)(f)
    return click.option("--actors", "actor_dictionaries", multiple=True, metavar="PATH",
                        help=ACTORS_HELP)(f)


def load_actor_dictionaries(paths: tuple[str, ...], as_of: str | None) -> None:
    """Read the dictionaries now (malformed lines warn with their line numbers; a bad path
    stops the command with E023) and log what each gave on stderr."""
    if not paths:
        return
    import time

    from eventwire.actors.dictionary import load_knowledge_base

    start = time.perf_counter()
    kb = load_knowledge_base(paths, as_of)
    for d in kb.dictionaries:
        click.echo(d.summary(), err=True)
    click.echo(f"actor dictionaries loaded in {time.perf_counter() - start:.1f} s"
               + (f" (codes as of {as_of})" if as_of else ""), err=True)


def filter_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """The event filters shared by `events` and `export`."""
    opts = [
        click.option("--type", "type_", metavar="TYPE", help="PLOVER type, e.g. ASSAULT."),
        click.option("--mode", metavar="MODE", help="PLOVER mode, e.g. aerial."),
        click.option("--country", metavar="ISO3",
                     help="Source or target country (ISO 3166-1 alpha-3, e.g. IRQ)."),
        click.option("--source-country", metavar="ISO3", help="Country of the actor doing it."),
        click.option("--target-country", metavar="ISO3", help="Country of the actor it is done to."),
        click.option("--since", metavar="DATE", help="Events on or after DATE (YYYY[-MM[-DD]])."),
        click.option("--until", metavar="DATE", help="Events on or before DATE (YYYY[-MM[-DD]])."),
        click.option("--text", metavar="QUERY",
                     help="Words in the sentence or in actor, place or source names."),
    ]
    for opt in reversed(opts):
        f = opt(f)
    return f


def _filter(type_: str | None, mode: str | None, country: str | None,
            source_country: str | None, target_country: str | None, since: str | None,
            until: str | None, text: str | None) -> Any:
    from eventwire.store import EventFilter

    return EventFilter.parse(type=type_, mode=mode, country=country,
                             source_country=source_country, target_country=target_country,
                             since=since, until=until, text=text)


def _open_store(db: str) -> Any:
    """The store, read-only: querying must never create an empty database by mistake."""
    from eventwire.store import Store

    if db != ":memory:" and not os.path.exists(db):
        raise UsageError("E046", path=db)
    return Store(db, read_only=True)


def _need_inputs(paths: tuple[str, ...]) -> None:
    if not paths:
        raise UsageError("E043")


# -- extract ------------------------------------------------------------------------------

@main.command()
@click.argument("files", nargs=-1, metavar="FILE...")
@published_option
@jobs_option
@batch_option
@actor_options
def extract(files: tuple[str, ...], published: str | None, jobs: int, batch_size: int,
            actor_dictionaries: tuple[str, ...], actors_as_of: str | None) -> None:
    """Print the events of FILE... as JSON lines (no database).

    FILE may be a file (.txt .html .json .jsonl .csv, RSS/Atom, WARC), a folder, a glob
    or - for standard input. Each line is one event in the export contract; errors go to
    stderr as `CODE [document] message` and the other documents go on.

    \b
    Examples:
      eventwire extract article.txt --published 2020-06-11
      eventwire extract 'news/*.html' | jq -r '.type'
      curl -s https://example.org/story | eventwire extract -
      eventwire extract article.txt --actors my.actors --actors Phoenix.agents.txt
    """
    from eventwire.model import Failure
    from eventwire.runner import extract_events, failure_line

    _need_inputs(files)
    load_actor_dictionaries(actor_dictionaries, actors_as_of)
    failed = 0
    out = sys.stdout
    try:
        for item in extract_events(files, published=published, jobs=jobs,
                                   batch_size=batch_size,
                                   on_notice=lambda n: click.echo(n.message, err=True),
                                   actor_dictionaries=actor_dictionaries,
                                   actors_as_of=actors_as_of):
            if isinstance(item, Failure):
                failed += 1
                click.echo(failure_line(item), err=True)
            else:
                out.write(item.to_json() + "\n")
        out.flush()
    except BrokenPipeError:  # `eventwire extract ... | head`: the reader has seen enough
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    sys.exit(EXIT_FAILED if failed else EXIT_OK)


# -- ingest -------------------------------------------------------------------------------

@main.command()
@click.argument("paths", nargs=-1, metavar="PATH...")
@db_option
@published_option
@jobs_option
@batch_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary table.")
@click.option("--verbose", "-v", is_flag=True, help="Also print each warning (W001 ...).")
@actor_options
def ingest(paths: tuple[str, ...], db: str, published: str | None, jobs: int,
           batch_size: int, quiet: bool, verbose: bool, actor_dictionaries: tuple[str, ...],
           actors_as_of: str | None) -> None:
    """Extract the events of PATH... and store them in the database.

    Resumable and idempotent: documents already stored (same text) are skipped, so an
    interrupted run picks up where it stopped and a second run adds nothing. Documents
    that cannot be read are reported on stderr, recorded in the `failures` table, and
    counted; the batch goes on.

    \b
    Examples:
      eventwire ingest news/ --db news.duckdb
      eventwire ingest 'feeds/*.xml' archive.warc.gz --jobs 2
      eventwire ingest wikinews.csv --published 2020-01-01 --quiet
      eventwire ingest news/ --actors Phoenix.Countries.actors.txt --jobs 2
    """
    from eventwire.runner import ingest as run_ingest

    _need_inputs(paths)
    load_actor_dictionaries(actor_dictionaries, actors_as_of)
    report = run_ingest(paths, db_path=db, published=published, jobs=jobs,
                        batch_size=batch_size, progress=not quiet, verbose=verbose,
                        actor_dictionaries=actor_dictionaries, actors_as_of=actors_as_of)
    if not quiet:
        _print_report(report, db)
    sys.exit(EXIT_FAILED if report.failed else EXIT_OK)


def _print_report(report: Any, db: str) -> None:
    from rich.table import Table

    t = Table(title=f"ingest into {db}", show_header=True, header_style="bold")
    t.add_column("documents")
    t.add_column("count", justify="right")
    t.add_row("read", str(report.read))
    t.add_row("stored", str(report.stored))
    t.add_row("skipped (already stored)", str(report.skipped))
    codes = ", ".join(f"{c} x{n}" for c, n in sorted(report.failure_codes.items()))
    t.add_row("failed" + (f" ({codes})" if codes else ""), str(report.failed))
    t.add_row("events stored", str(report.events))
    if report.warning_codes:
        warns = ", ".join(f"{c} x{n}" for c, n in sorted(report.warning_codes.items()))
        t.add_row(f"warnings ({warns})", str(sum(report.warning_codes.values())))
    t.add_row("seconds", f"{report.seconds:.1f}")
    t.add_row("documents/s", f"{report.docs_per_second:.1f}")
    console = _console()
    console.print(t)
    if report.skipped and not report.stored:
        n = report.skipped
        console.print(f"Nothing new: skipped {n} document{'s' if n != 1 else ''} already stored.")


def _console() -> Any:
    """Rich output on stdout; wide enough for the event table when piped to a file."""
    from rich.console import Console

    console = Console()
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console = Console(width=160)
    return console


# -- events -------------------------------------------------------------------------------

EVENT_FORMATS = ("table", "jsonl", "csv", "summary")


@main.command()
@db_option
@filter_options
@click.option("--limit", "-n", type=int, default=None, callback=_positive,
              help="At most N events (default: 20 for the table, all otherwise).")
@click.option("--format", "fmt", type=click.Choice(EVENT_FORMATS, case_sensitive=False),
              default="table", show_default=True, help="How to print them.")
def events(db: str, type_: str | None, mode: str | None, country: str | None,
           source_country: str | None, target_country: str | None, since: str | None,
           until: str | None, text: str | None, limit: int | None, fmt: str) -> None:
    """Show the stored events that match the filters.

    \b
    Examples:
      eventwire events --type ASSAULT --country IRQ
      eventwire events --since 2020-01-01 --until 2020-01-31 --text airstrike
      eventwire events --format summary              # counts per type and country
      eventwire events --format jsonl --limit 100 > sample.jsonl
    """
    from eventwire import export as ex

    filt = _filter(type_, mode, country, source_country, target_country, since, until, text)
    fmt = fmt.lower()
    with _open_store(db) as store:
        if fmt == "summary":
            _print_summary(store.summary(filt), db)
        elif fmt == "table":
            n = limit or 20
            rows = store.events(filt, limit=n + 1)
            _print_table(rows[:n], more=len(rows) > n, total=store.summary(filt)["matched"])
        elif fmt == "jsonl":
            ex.write_jsonl(ex.iter_rows(store, filt, limit=limit), sys.stdout)
        else:
            ex.write_csv(ex.iter_rows(store, filt, limit=limit), sys.stdout)


def _actor(row: dict[str, Any], role: str) -> str:
    name = row.get(f"{role}_name")
    if not name:
        return ""
    bits = [x for x in (row.get(f"{role}_country"), row.get(f"{role}_sector")) if x]
    return f"{name} ({' '.join(bits)})" if bits else name


def _short_ref(ref: str) -> str:
    """A file's name rather than its whole path (the full reference is in jsonl/csv)."""
    return ref if "://" in ref else os.path.basename(ref) or ref


def _print_table(rows: list[dict[str, Any]], more: bool, total: int) -> None:
    from rich.table import Table

    console = _console()
    if not rows:
        console.print("No events match.")
        return
    wide = console.width >= 150  # room for the source of the report and the document
    t = Table(show_header=True, header_style="bold", show_lines=False)
    t.add_column("date", no_wrap=True)
    t.add_column("type", no_wrap=True)
    for col in ("source", "target", "where") + (("according to",) if wide else ()):
        t.add_column(col, max_width=22)
    if wide:
        t.add_column("document", max_width=24, no_wrap=True, overflow="ellipsis")
    t.add_column("sentence", min_width=40, ratio=1)
    for r in rows:
        typ = r["type"] + (f"/{r['mode']}" if r.get("mode") else "")
        if r.get("negated"):
            typ += " (negated)"
        place = ", ".join(x for x in (r.get("location_name"), r.get("location_country")) if x)
        sentence = r.get("sentence") or ""
        if len(sentence) > 160:
            sentence = sentence[:157] + "..."
        cells = [r.get("date") or "", typ, _actor(r, "source"), _actor(r, "target"), place]
        if wide:
            cells += [r.get("attribution_name") or "", _short_ref(r.get("doc_ref") or "")]
        t.add_row(*cells, sentence)
    console.print(t)
    if more:
        console.print(f"{len(rows)} of {total} events shown; use --limit or --format jsonl "
                      "for more.")


_SUMMARY_ROWS = 16  # every PLOVER type fits; long country lists are cut


def _print_summary(s: dict[str, Any], db: str) -> None:
    from rich.columns import Columns
    from rich.table import Table

    console = _console()
    console.print(f"{db}: {s['documents']} documents, {s['events']} events, "
                  f"{s['failures']} failed inputs")
    if s["matched"] != s["events"]:
        console.print(f"{s['matched']} events match the filters")
    tables = []
    for title, key, label in (("Events by type", "by_type", "type"),
                              ("Events by source country", "by_source_country", "country")):
        t = Table(title=title, title_justify="left", header_style="bold", min_width=30)
        t.add_column(label)
        t.add_column("events", justify="right")
        rows = s[key]
        for k, n in rows[:_SUMMARY_ROWS]:
            t.add_row(str(k), str(n))
        if len(rows) > _SUMMARY_ROWS:
            rest = rows[_SUMMARY_ROWS:]
            t.add_row(f"({len(rest)} more)", str(sum(n for _, n in rest)))
        tables.append(t)
    console.print(Columns(tables, padding=(0, 4)))


# -- export -------------------------------------------------------------------------------

@main.command("export")
@click.argument("out", metavar="OUT")
@click.option("--format", "fmt", required=True, metavar="FORMAT",
              help="jsonl (the event record), csv, parquet or gdelt (GDELT-like TSV).")
@db_option
@filter_options
def export_cmd(out: str, fmt: str, db: str, type_: str | None, mode: str | None,
               country: str | None, source_country: str | None, target_country: str | None,
               since: str | None, until: str | None, text: str | None) -> None:
    """Write the stored events that match the filters to OUT (- for stdout).

    \b
    Formats:
      jsonl    one event per line, exactly as `eventwire extract` prints it
      csv      the flat table columns (source_country, date, span_start ...), with a header
      parquet  the same columns, typed, for pandas / polars / Spark / DuckDB
      gdelt    GDELT 2.0-like tab-separated columns (CAMEO root code, QuadClass, SOURCEURL)

    \b
    Examples:
      eventwire export --format parquet events.parquet
      eventwire export --format csv - --type PROTEST --since 2020 | head
      eventwire export --format gdelt gdelt.tsv --country IRQ
    """
    from eventwire import export as ex

    if fmt.lower() not in ex.FORMATS:
        raise UsageError("E041", value=fmt, choices=", ".join(ex.FORMATS))
    filt = _filter(type_, mode, country, source_country, target_country, since, until, text)
    with _open_store(db) as store:
        n = ex.export(store, fmt, out, filt)
    if out != "-":
        click.echo(f"{n} events written to {out} ({fmt.lower()})", err=True)


# -- commands that live beside their subject, imported when used: one line each,
#    main.add_lazy(NAME, "module:click_command"). --------------------------------------

main.add_lazy("serve", "eventwire.server.cli_serve:serve")     # HTTP API and web UI
main.add_lazy("eval", "eventwire.evaluate:eval_command")       # accuracy on gold data
main.add_lazy("bench", "eventwire.bench:bench_command")        # speed against bare spaCy

if __name__ == "__main__":  # python -m eventwire.cli
    main()
