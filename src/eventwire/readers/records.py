"""Structured records: JSON (an object or a list), JSONL and CSV — one Document per record.

A record's ``doc_ref`` is what the user can find it by: its id, else its URL, else
``path:line`` (the 1-based line where the record starts), so that an error or an event
can be traced back to the row. JSONL and CSV are streamed row by row; one bad row is a
Failure for that row only.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator, Mapping
from typing import IO, Any

from eventwire.errors import InputError
from eventwire.model import Document, Failure
from eventwire.readers.common import decode_bytes, normalise_date, stream_encoding

TEXT_FIELDS = ("text", "body", "content", "article", "full_text", "maintext")
TITLE_FIELDS = ("title", "headline")
URL_FIELDS = ("url", "link", "source_url")
DATE_FIELDS = ("published", "date", "published_at", "publish_date", "date_publish",
               "datepublished", "pubdate", "created_at", "timestamp")
ID_FIELDS = ("id", "doc_id", "_id", "guid", "uuid")
LIST_KEYS = ("articles", "items", "documents", "records", "data", "results")

try:
    csv.field_size_limit(sys.maxsize)
except OverflowError:  # pragma: no cover - 32-bit C long
    csv.field_size_limit(2**31 - 1)


def _first(rec: Mapping[str, Any], names: tuple[str, ...]) -> Any:
    lowered = {str(k).strip().lower(): v for k, v in rec.items()}
    for n in names:
        v = lowered.get(n)
        if v is not None and str(v).strip() != "":
            return v
    return None


def _str_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, (list, tuple)):
        return []
    return [" ".join(str(v).split()) for v in value if str(v).strip()]


def record_to_document(rec: Any, fallback_ref: str, path: str | None, source_format: str,
                       published: str | None = None, use_id: bool = True) -> Document:
    """One record (a mapping) to a Document; raises InputError E010 when it has no text.

    CSV rows ignore an id column (``use_id=False``): in spreadsheets it is mostly a row
    number, which identifies nothing once the file is edited.
    """
    if not isinstance(rec, Mapping):
        raise InputError("E010", doc_ref=fallback_ref,
                         detail=f" (found a JSON {type(rec).__name__}, expected an object)")
    rid = _first(rec, ID_FIELDS) if use_id else None
    url = _first(rec, URL_FIELDS)
    ref = str(rid) if rid is not None else (str(url).strip() if url is not None else fallback_ref)
    text = _first(rec, TEXT_FIELDS)
    if not isinstance(text, str) or not text.strip():
        raise InputError("E010", doc_ref=ref, detail="")
    title = _first(rec, TITLE_FIELDS)
    sitename = _first(rec, ("sitename", "site", "source", "publisher"))
    author = _first(rec, ("author", "byline"))
    return Document(
        text=text,
        doc_ref=ref,
        title=" ".join(str(title).split()) if title is not None else None,
        url=str(url).strip() if url is not None else None,
        published=normalise_date(_first(rec, DATE_FIELDS)) or published,
        sitename=str(sitename).strip() if isinstance(sitename, str) else None,
        author=str(author).strip() if isinstance(author, str) else None,
        tags=_str_list(_first(rec, ("tags", "keywords"))),
        categories=_str_list(_first(rec, ("categories", "category", "section"))),
        source_format=source_format,
        path=path,
    )


def _one(rec: Any, fallback_ref: str, path: str | None, fmt: str,
         published: str | None) -> Document | Failure:
    try:
        return record_to_document(rec, fallback_ref, path, fmt, published, use_id=fmt != "csv")
    except InputError as exc:
        return Failure(exc.doc_ref or fallback_ref, exc)


# --------------------------------------------------------------------------------- JSON

def read_json(text: str, ref: str, path: str | None = None,
              published: str | None = None) -> Iterator[Document | Failure]:
    """A JSON object, a list of objects, or an object holding such a list under a usual key.

    List items get ``ref:line`` (the line where the item starts) when they have no id/url.
    A syntax error stops the file (E006) after the items read before it.
    """
    dec = json.JSONDecoder()
    n = len(text)
    pos = _skip_ws(text, 0)
    if pos < n and text[pos] == "[":
        yield from _json_list(text, pos, ref, path, published, dec)
        return
    try:
        obj, end = dec.raw_decode(text, pos)
    except json.JSONDecodeError as exc:
        yield Failure(ref, InputError("E006", doc_ref=ref, line=exc.lineno, detail=exc.msg))
        return
    if _skip_ws(text, end) < n:
        # Several objects, one after another: that is JSON Lines under a .json name.
        yield from read_jsonl(io.BytesIO(text.encode("utf-8")), ref, path, published)
        return
    if isinstance(obj, dict) and _first(obj, TEXT_FIELDS) is None:
        for key in LIST_KEYS:
            items = obj.get(key)
            if isinstance(items, list):
                for i, item in enumerate(items, 1):
                    yield _one(item, f"{ref}:{key}[{i}]", path, "json", published)
                return
    yield _one(obj, ref, path, "json", published)


def _skip_ws(text: str, pos: int) -> int:
    n = len(text)
    while pos < n and text[pos] in " \t\r\n":
        pos += 1
    return pos


def _json_list(text: str, pos: int, ref: str, path: str | None, published: str | None,
               dec: json.JSONDecoder) -> Iterator[Document | Failure]:
    n = len(text)
    line = 1 + text.count("\n", 0, pos)
    counted = pos
    pos += 1
    while True:
        pos = _skip_ws(text, pos)
        if pos < n and text[pos] == "]":
            return
        line += text.count("\n", counted, pos)
        counted = pos
        try:
            item, end = dec.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            yield Failure(f"{ref}:{exc.lineno}",
                          InputError("E006", doc_ref=f"{ref}:{exc.lineno}", line=exc.lineno,
                                     detail=exc.msg))
            return
        yield _one(item, f"{ref}:{line}", path, "json", published)
        pos = _skip_ws(text, end)
        if pos < n and text[pos] == ",":
            pos += 1
        elif pos < n and text[pos] == "]":
            return
        else:
            bad = 1 + text.count("\n", 0, min(pos, n))
            yield Failure(f"{ref}:{bad}", InputError("E006", doc_ref=f"{ref}:{bad}", line=bad,
                                                    detail="expected ',' or ']'"))
            return


# -------------------------------------------------------------------------------- JSONL

def read_jsonl(fh: IO[bytes], ref: str, path: str | None = None,
               published: str | None = None) -> Iterator[Document | Failure]:
    """One JSON object per line, streamed; a malformed line is a Failure (E006) for that line."""
    for lineno, raw in enumerate(fh, 1):
        if not raw.strip():
            continue
        row_ref = f"{ref}:{lineno}"
        try:
            line = decode_bytes(raw, row_ref, path)
        except InputError as exc:
            yield Failure(row_ref, exc)
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Failure(row_ref, InputError("E006", doc_ref=row_ref, line=lineno, detail=exc.msg))
            continue
        yield _one(rec, row_ref, path, "jsonl", published)


# ---------------------------------------------------------------------------------- CSV

def read_csv(fh: IO[bytes], ref: str, path: str | None = None, published: str | None = None,
             head: bytes = b"") -> Iterator[Document | Failure]:
    """A CSV file with a header row, streamed; E007 (one Failure) when no column holds text.

    ``doc_ref`` is the row's URL (the Wikinews CSVs), else ``path:line``.
    """
    try:
        encoding = stream_encoding(head, ref, path)
    except InputError as exc:
        yield Failure(ref, exc)
        return
    first_line = head.split(b"\n", 1)[0]
    # Tab-separated when the header has tabs and no commas; RFC 4180 quoting otherwise.
    # (csv.Sniffer is not used: on a header line it turns off doubled-quote escapes.)
    dialect: Any = csv.excel_tab if b"\t" in first_line and b"," not in first_line else csv.excel
    stream = io.TextIOWrapper(fh, encoding=encoding, newline="")
    try:
        reader = csv.reader(stream, dialect)
        header = next(reader, None)
        if not header:
            yield Failure(ref, InputError("E002", doc_ref=ref, detail=" (no header row)"))
            return
        columns = [h.strip().lstrip("\ufeff").lower() for h in header]
        if not any(c in TEXT_FIELDS for c in columns):
            yield Failure(ref, InputError("E007", doc_ref=ref, columns=", ".join(header),
                                          expected=", ".join(TEXT_FIELDS[:3])))
            return
        start = reader.line_num + 1
        for row in reader:
            row_ref = f"{ref}:{start}"
            start = reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            yield _one(dict(zip(columns, row)), row_ref, path, "csv", published)
    except UnicodeDecodeError as exc:
        yield Failure(ref, InputError("E004", doc_ref=ref, path=path or ref,
                                      detail=f"{encoding}: {exc.reason}"))
    except csv.Error as exc:
        yield Failure(ref, InputError("E013", doc_ref=ref, path=path or ref, detail=f"CSV: {exc}"))

