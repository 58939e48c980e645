"""``eventwire serve``: the HTTP API and the web UI on this machine only, unless told otherwise."""

from __future__ import annotations

import sys

import click

from eventwire.errors import EventwireError


@click.command()
@click.option("--db", default="eventwire.duckdb", show_default=True,
              type=click.Path(dir_okay=False), help="The DuckDB file to serve (opened read-only).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; 0.0.0.0 exposes the server to your network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on.")
def serve(db: str, host: str, port: int) -> None:
    """Serve the events: web UI at http://HOST:PORT/, API described at /openapi.json."""
    import uvicorn

    from eventwire.server.app import create_app

    try:
        app = create_app(db)
    except EventwireError as exc:
        click.echo(f"error: {exc.message}", err=True)
        sys.exit(2)
    click.echo(f"eventwire: serving {db} (read-only) at http://{host}:{port}/  "
               f"API: http://{host}:{port}/openapi.json  (Ctrl+C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
