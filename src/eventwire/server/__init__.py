"""HTTP API and offline web UI over an eventwire DuckDB (``eventwire serve``)."""

from eventwire.server.app import create_app

__all__ = ["create_app"]
