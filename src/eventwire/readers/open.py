"""From what the user names (files, folders, globs, ``-``) to a stream of Documents.

``read_inputs`` is the one entry point: it expands the paths lazily, picks a reader by the
file's extension and first bytes, and yields one Document (or one Failure) at a time, so
that a corpus of any size is read in constant memory and one bad file never stops a batch.
"""

from __future__ import annotations

import glob
import gzip
import io
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from eventwire.errors import EventwireError, InputError, warn
from eventwire.model import Document, Failure
from eventwire.readers.common import decode_bytes, is_binary, validate_published
from eventwire.readers.feeds import read_feed
from eventwire.readers.html import read_html
from eventwire.readers.records import read_csv, read_json, read_jsonl
from eventwire.readers.text import read_plain_text

STDIN = "-"
STDIN_REF = "<stdin>"

#: Extension -> reader kind. Compound extensions are checked first.
EXTENSIONS: dict[str, str] = {
    ".warc.gz": "warc", ".arc.gz": "warc", ".warc": "warc", ".arc": "warc",
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".tsv": "csv",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}

# Project files that sit beside articles in a folder but are not articles.
_SKIP_STEMS = frozenset({"readme", "license", "licence", "changelog", "notice", "contributing",
                         "source", "authors"})
_HEAD = 65536


def kind_for_name(name: str) -> str | None:
    """The reader kind an extension asks for, or None when the name says nothing."""
    lower = name.lower()
    for ext in sorted(EXTENSIONS, key=len, reverse=True):
        if lower.endswith(ext):
            return EXTENSIONS[ext]
    return None


def sniff(head: bytes) -> str:
    """The reader kind that the first bytes suggest; 'text' when nothing else fits."""
    if head.startswith((b"WARC/", b"filedesc://")):
        return "warc"
    s = head[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if s.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf")):
        body = head[:4096].lower()
        if b"<rss" in body or b"<feed" in body or b"<rdf:rdf" in body:
            return "feed"
        if b"<html" in body:
            return "html"
        return "feed"
    if s.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<!--", b"<div", b"<article",
                     b"<meta", b"<p>", b"<p ")):
        return "html"
    if s.startswith(b"["):
        return "json"
    if s.startswith(b"{"):
        first, _, rest = s.partition(b"\n")
        return "jsonl" if first.rstrip().endswith(b"}") and rest.lstrip().startswith(b"{") else "json"
    return "text"


def choose_kind(name: str | None, head: bytes) -> str:
    """Extension first; content decides when the extension is missing or unknown, and a
    '.txt' that is really a web page is read as one."""
    kind = kind_for_name(name) if name else None
    if kind is None:
        return sniff(head)
    if kind == "text" and sniff(head) == "html":
        return "html"
    if kind == "jsonl" and head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
        return "json"  # a JSON array under a .jsonl name
    return kind


def _is_hidden(path: Path, root: Path) -> bool:
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        parts = path.parts
    return any(p.startswith(".") for p in parts)


def _walk(folder: Path) -> Iterator[Path]:
    """Files under a folder, recursively, sorted, without hidden files or project notes.

    Only names with a known extension (or none, then sniffed) are read: a folder of
    articles often holds scripts or images as well.
    """
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for fname in sorted(filenames):
            if fname.startswith("."):
                continue
            p = Path(dirpath) / fname
            stem = fname.split(".", 1)[0].lower()
            if stem in _SKIP_STEMS:
                continue
            base = fname[:-3] if fname.lower().endswith(".gz") else fname
            if kind_for_name(base) is None and "." in base:
                warn("W004", path=str(p))
                continue
            yield p


def expand(paths: Iterable[str]) -> Iterator[str | Failure]:
    """Paths as the user typed them, expanded lazily: folders walked, globs matched."""
    for raw in paths:
        p = str(raw)
        if p == STDIN:
            yield STDIN
            continue
        path = Path(p)
        if path.is_dir():
            for f in _walk(path):
                yield str(f)
        elif path.exists():
            yield p
        elif glob.has_magic(p):
            matches = sorted(glob.glob(p, recursive=True))
            if not matches:
                yield Failure(p, InputError("E001", doc_ref=p, path=p))
            for m in matches:
                mp = Path(m)
                if mp.is_dir():
                    for f in _walk(mp):
                        yield str(f)
                elif not mp.name.startswith("."):
                    yield m
        else:
            yield Failure(p, InputError("E001", doc_ref=p, path=p))


def read_inputs(paths: Iterable[str] | str, published: str | None = None
                ) -> Iterator[Document | Failure]:
    """Documents from files, folders (recursive, sorted), globs and ``-`` (stdin), one at a time.

    ``published`` (YYYY-MM-DD) is used for documents that carry no date of their own. It is
    checked here, before anything is read, so a typo fails at once (UsageError E012) instead
    of after an hour of ingest. Every unreadable input yields a Failure and reading goes on.
    """
    day = validate_published(published)
    if isinstance(paths, (str, os.PathLike)):
        paths = [str(paths)]
    return _read_all(list(paths) if not isinstance(paths, Iterator) else paths, day)


def _read_all(paths: Iterable[str], published: str | None) -> Iterator[Document | Failure]:
    for item in expand(paths):
        if isinstance(item, Failure):
            yield item
        elif item == STDIN:
            stream = io.BufferedReader(sys.stdin.buffer, buffer_size=_HEAD)  # type: ignore[arg-type]
            yield from read_stream(stream, STDIN_REF, None, published)
        else:
            yield from read_path(item, published)


def read_path(path: str, published: str | None = None) -> Iterator[Document | Failure]:
    """All documents of one file; never raises for a bad file, yields a Failure instead."""
    try:
        fh = open(path, "rb", buffering=_HEAD)
    except FileNotFoundError:
        yield Failure(path, InputError("E001", doc_ref=path, path=path))
        return
    except IsADirectoryError:
        yield Failure(path, InputError("E009", doc_ref=path, path=path, detail="a folder"))
        return
    except OSError as exc:
        yield Failure(path, InputError("E013", doc_ref=path, path=path, detail=exc.strerror or exc))
        return
    with fh:
        yield from read_stream(fh, path, path, published)


def read_stream(fh: IO[bytes], ref: str, path: str | None, published: str | None = None,
                name: str | None = None) -> Iterator[Document | Failure]:
    """All documents of one open binary stream (a file or stdin)."""
    try:
        head = fh.peek(_HEAD)[:_HEAD] if hasattr(fh, "peek") else b""  # type: ignore[attr-defined]
    except (OSError, EOFError, zlib.error) as exc:
        yield Failure(ref, InputError("E013", doc_ref=ref, path=path or ref,
                                      detail=f"{type(exc).__name__}: {exc}"))
        return
    if not head.strip():
        rest = fh.read()
        if not rest.strip():
            yield Failure(ref, InputError("E002", doc_ref=ref, detail=f" ({path or ref} is empty)"))
            return
        head = rest
        fh = io.BufferedReader(io.BytesIO(rest))  # type: ignore[arg-type]
    name = name if name is not None else path
    if head.startswith(b"\x1f\x8b") and kind_for_name(name or "") != "warc":
        yield from _read_gzip(fh, head, ref, path, published, name)
        return
    kind = choose_kind(name, head)
    try:
        if kind in ("jsonl", "csv", "feed") and is_binary(head):
            raise InputError("E003", doc_ref=ref, path=path or ref)
        if kind == "warc":
            yield from _read_warc(fh, ref, path, published)
        elif kind == "jsonl":
            yield from read_jsonl(fh, ref, path, published)
        elif kind == "csv":
            yield from read_csv(fh, ref, path, published, head=head)
        elif kind == "feed":
            yield from read_feed(fh, ref, path, published)
        else:
            text = decode_bytes(fh.read(), ref, path)
            if not text.strip():
                raise InputError("E002", doc_ref=ref, detail=f" ({path or ref} holds only whitespace)")
            if kind == "json":
                yield from read_json(text, ref, path, published)
            elif kind == "html":
                yield read_html(text, ref, path=path, published=published)
            else:
                yield _text_document(text, ref, path, published)
    except EventwireError as exc:
        yield Failure(getattr(exc, "doc_ref", None) or ref, exc)
    except (OSError, EOFError, zlib.error) as exc:
        yield Failure(ref, InputError("E013", doc_ref=ref, path=path or ref,
                                      detail=f"{type(exc).__name__}: {exc}"))


def _read_gzip(fh: IO[bytes], head: bytes, ref: str, path: str | None, published: str | None,
               name: str | None) -> Iterator[Document | Failure]:
    """A gzipped file that is not named as a WARC: a WARC if its content says so (read by
    warcio from the raw stream), else any other format, decompressed on the fly and
    recognised by its name without '.gz' (``rows.jsonl.gz``) or by its content."""
    try:
        inner_head = zlib.decompressobj(31).decompress(head, 4096)
    except zlib.error as exc:
        yield Failure(ref, InputError("E013", doc_ref=ref, path=path or ref, detail=f"gzip: {exc}"))
        return
    if inner_head.startswith((b"WARC/", b"filedesc://")):
        yield from _read_warc(fh, ref, path, published)
        return
    inner_name = name[:-3] if name and name.lower().endswith(".gz") else ""
    # GzipFile peeks and reads in small steps itself; an extra BufferedReader would fill
    # 64 KiB at once and lose the rows before a truncation to the EOFError.
    stream = gzip.GzipFile(fileobj=fh, mode="rb")
    yield from read_stream(stream, ref, path, published, name=inner_name)


def _read_warc(fh: IO[bytes], ref: str, path: str | None,
               published: str | None) -> Iterator[Document | Failure]:
    from eventwire.readers.warc import read_warc

    yield from read_warc(fh, ref, path, published)


def _text_document(text: str, ref: str, path: str | None, published: str | None) -> Document:
    doc = read_plain_text(text, ref, path=path, published=published)
    if not doc.text.strip():
        raise InputError("E002", doc_ref=ref, detail=" (nothing after the title and tag line)")
    return doc


def read_text(text: str, doc_ref: str = "<text>", published: str | None = None) -> Document:
    """A Document from a string (the Python API): the same tag-line and title rules as files.

    Raises UsageError E012 for a malformed ``published`` and InputError E002 for empty text.
    """
    day = validate_published(published)
    if not text or not text.strip():
        raise InputError("E002", doc_ref=doc_ref, detail="")
    return _text_document(text, doc_ref, None, day)
