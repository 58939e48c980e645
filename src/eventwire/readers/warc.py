"""WARC and ARC files (gzipped or not), such as Common Crawl's CC-NEWS: HTML responses only.

Records are streamed with warcio. Only successful HTTP responses with an HTML content type
become documents; robots.txt, images, redirects and error pages are skipped silently.
``WARC-Date`` is when the crawler fetched the page, not when it was published, so it is never
used as the publication date. A file that breaks off mid-way yields the records read before
the damage, then one E008 Failure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import IO

from eventwire.errors import InputError
from eventwire.model import Document, Failure
from eventwire.readers.common import decode_bytes
from eventwire.readers.html import read_html

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_HTML_TYPES = ("text/html", "application/xhtml")


def _decode_payload(payload: bytes, content_type: str, ref: str) -> str:
    m = _CHARSET.search(content_type)
    if m:
        try:
            return payload.decode(m.group(1), errors="strict")
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(payload, ref, check_binary=False)


class _Damaged(Exception):
    """A record that ends before its declared length, or whose headers are cut."""


def _drain(record: object) -> None:
    """Read a record to its end and check it was whole (warcio itself stops silently)."""
    raw = getattr(record, "raw_stream", None)
    limit = getattr(raw, "limit", None)
    if limit is None:
        raise _Damaged("record headers are incomplete")
    while raw.read(1 << 20):
        pass
    if raw.limit > 0:
        raise _Damaged(f"record ends {raw.limit} byte(s) before its declared length")


def read_warc(fh: IO[bytes], ref: str, path: str | None = None,
              published: str | None = None) -> Iterator[Document | Failure]:
    """Stream the HTML responses of a WARC/ARC file; doc_ref is each record's target URI."""
    from warcio.archiveiterator import ArchiveIterator

    n = 0
    try:
        it = ArchiveIterator(fh, arc2warc=True)
        for record in it:
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"{ref}#record{n + 1}"
            if record.rec_type not in ("response", "resource"):
                _drain(record)
                continue
            ctype = ""
            ok = True
            if record.http_headers is not None:
                ok = (record.http_headers.get_statuscode() or "").startswith("2")
                ctype = record.http_headers.get_header("Content-Type") or ""
            else:
                ctype = record.rec_headers.get_header("Content-Type") or ""
            if not ok or not ctype.lower().startswith(_HTML_TYPES):
                _drain(record)
                continue
            payload = record.content_stream().read()
            _drain(record)
            n += 1
            try:
                markup = _decode_payload(payload, ctype, uri)
                yield read_html(markup, uri, path=path, url=uri, published=published,
                                source_format="warc")
            except InputError as exc:
                yield Failure(uri, exc)
        end = getattr(it, "offset", None)
        at = fh.tell() if hasattr(fh, "tell") and fh.seekable() else None
        if end is not None and at is not None and at > end:
            raise _Damaged(f"{at - end} byte(s) after the last whole record")
    except Exception as exc:  # warcio raises many kinds (EOFError, zlib.error, AttributeError...)
        yield Failure(ref, InputError("E008", doc_ref=ref,
                                      detail=f"{exc} (after {n} HTML record(s))"))
