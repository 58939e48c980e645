"""The Starlette application: the read-only API and the web UI, served by one process.

Why one process and a strict Content-Security-Policy: the UI must work with no internet, so
it only ever loads from this server ('self'); a forgotten CDN link would fail loudly in the
browser (and in the UI tests) instead of silently working only when online.
"""

from __future__ import annotations

import os
from contextlib import asynccontextmanager
from pathlib import Path
from typing import AsyncIterator

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventwire.errors import EventwireError
from eventwire.server.api import as_json_error, error_response, routes
from eventwire.server.queries import Queries
from eventwire.store import Store

STATIC = Path(__file__).resolve().parent / "static"

CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


class SecurityHeaders:
    """Adds the offline-only CSP and no-sniff headers to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((b"content-security-policy", CSP.encode()))
                headers.append((b"x-content-type-options", b"nosniff"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def index(request: Request) -> Response:
    return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")


async def on_eventwire_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, EventwireError)
    return as_json_error(exc)


async def on_http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 405:
        resp = error_response("E062", method=request.method, path=request.url.path)
        resp.headers["Allow"] = "GET, HEAD"
        return resp
    if exc.status_code == 404:
        return error_response("E063", path=request.url.path)
    return JSONResponse({"error": {"code": f"HTTP{exc.status_code}", "message": exc.detail,
                                   "status": exc.status_code}}, status_code=exc.status_code)


async def on_crash(request: Request, exc: Exception) -> JSONResponse:
    return error_response("E064", path=request.url.path, detail=type(exc).__name__)


def create_app(db: str | os.PathLike[str]) -> Starlette:
    """The app over one DuckDB file, opened read-only (fails now, with E040, if it cannot)."""
    store = Store(db, read_only=True)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            store.close()

    app = Starlette(
        routes=[Route("/", index, methods=["GET"]), *routes(),
                Mount("/static", app=StaticFiles(directory=STATIC), name="static")],
        middleware=[Middleware(SecurityHeaders)],
        exception_handlers={EventwireError: on_eventwire_error, HTTPException: on_http_error,
                            Exception: on_crash},
        lifespan=lifespan,
    )
    app.state.queries = Queries(store)
    app.state.store = store
    return app
