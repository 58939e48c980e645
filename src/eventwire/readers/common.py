"""What every reader needs: bytes to text, binary detection, and dates as YYYY-MM-DD.

Kept apart from the format readers so that each format module stays small and so that
the same decoding rules (and the same error codes) apply whether a document comes from a
file, a CSV cell, a feed item or a WARC record.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from eventwire.errors import InputError, UsageError, warn

# Signatures of common binary formats that sometimes hide behind a text extension.
_MAGIC: tuple[bytes, ...] = (
    b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF87a", b"GIF89a", b"\xff\xd8\xff", b"\x1f\x8b",
    b"\x7fELF", b"\xd0\xcf\x11\xe0", b"7z\xbc\xaf", b"Rar!", b"BZh9", b"\xfd7zXZ", b"OggS",
    b"ID3", b"MZ", b"\x00\x00\x00\x18ftyp", b"\x00\x00\x00\x20ftyp", b"RIFF", b"SQLite format",
    b"PAR1",
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def bom_encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark announces, if the data starts with one."""
    for bom, enc in _BOMS:
        if head.startswith(bom):
            return enc
    return None


def is_binary(head: bytes) -> bool:
    """NUL bytes or a known signature: such data would become garbage tokens, so refuse it.

    UTF-16/32 text holds NUL bytes too, which is why a byte-order mark is checked first.
    """
    if bom_encoding(head) is not None:
        return False
    if head.startswith(_MAGIC):
        return True
    return b"\x00" in head[:8192]


def _plausible_text(text: str) -> bool:
    """cp1252 decodes almost any byte, so accept it only when the result reads like text:
    no control characters and few non-ASCII letters (text in another encoding, such as
    KOI8-R or Shift-JIS, turns into a soup of accented letters)."""
    sample = text[:20000]
    visible = 0
    non_ascii = 0
    for ch in sample:
        if ch in "\t\n\r\f":
            continue
        if ch.isspace():
            continue
        cat = unicodedata.category(ch)
        if cat[0] == "C":
            return False
        visible += 1
        if ord(ch) > 127:
            non_ascii += 1
    return visible > 0 and non_ascii / visible <= 0.15


def decode_bytes(data: bytes, ref: str, path: str | None = None, *, check_binary: bool = True) -> str:
    """Bytes to text: BOM, then UTF-8, then cp1252 only when that gives plausible text (W003).

    Raises InputError E003 for binary data and E004 when no encoding gives sensible text.
    """
    where = path or ref
    enc = bom_encoding(data)
    if enc is not None:
        try:
            return data.decode(enc)
        except UnicodeDecodeError as exc:
            raise InputError("E004", doc_ref=ref, path=where, detail=f"{enc}: {exc.reason}") from None
    if check_binary and is_binary(data):
        raise InputError("E003", doc_ref=ref, path=where)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = f"utf-8: {exc.reason} at byte {exc.start}"
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError("E004", doc_ref=ref, path=where, detail=utf8_error) from None
    if not _plausible_text(text):
        raise InputError("E004", doc_ref=ref, path=where, detail=utf8_error)
    warn("W003", doc_ref=ref, encoding="cp1252")
    return text


def stream_encoding(head: bytes, ref: str, path: str | None = None) -> str:
    """The encoding to open a streamed file (CSV) with, judged on its first bytes."""
    enc = bom_encoding(head)
    if enc is not None:
        return enc
    if is_binary(head):
        raise InputError("E003", doc_ref=ref, path=path or ref)
    # A multi-byte character may be cut at the end of the sample: ignore a short tail.
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3 and exc.reason == "unexpected end of data":
            return "utf-8"
    decode_bytes(head, ref, path)  # raises E004, or warns W003 for plausible cp1252
    return "cp1252"


# ---------------------------------------------------------------------------------- dates

_ISO = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]+)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?\s*$", re.I)
_ISO_COMPACT = re.compile(r"\s*(\d{4})(\d{2})(\d{2})(?:T[0-9]{2,6}Z?)?\s*$")
_SLASH_YMD = re.compile(r"\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b")
_NUMERIC_DMY = re.compile(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_PARTIAL = re.compile(r"\s*\d{4}(?:[-/.]\d{1,2})?\s*$")
_HAS_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d|2100)\b")
_MONTHS = {m: i for i, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")), 1) for m in names}
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?,?\s+)?"
_MONTH = r"([a-z]{3,9})\.?"
_MDY = re.compile(_WEEKDAY + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.I)
_DMY = re.compile(_WEEKDAY + r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(\d{4})", re.I)
_STRIP_TIME = re.compile(r"(?:\s+|T|,\s*)\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[ap]\.?m\.?)?\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,4})?\s*$", re.I)


def _valid(y: int, m: int, d: int) -> str | None:
    if not 1800 <= y <= 2100:
        return None
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def normalise_date(value: object) -> str | None:
    """A metadata date (ISO 8601, RFC 2822, 'June 11, 2020', ...) as YYYY-MM-DD, else None.

    The date is kept as the publisher wrote it (no time-zone shift): that is the day the
    article's 'on Monday' and 'yesterday' refer to. Partial dates give None — unknown stays null.
    Standard-library parsing first (fast); dateparser only for odd spellings with a year.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    s = str(value).strip()
    if not s or len(s) > 80:
        return None
    m = _ISO.match(s) or _ISO_COMPACT.match(s) or _SLASH_YMD.match(s)
    if m:
        return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if not _HAS_YEAR.search(s) or _PARTIAL.match(s):
        return None  # no year, or only a year / year-month: not a day
    m = _NUMERIC_DMY.match(s)
    if m:  # 03/04/2025 is March or April depending on the country: only take it when clear
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if a > 12 >= b:
            return _valid(y, b, a)
        if b > 12 >= a:
            return _valid(y, a, b)
        return None
    if s[:3].isalpha() and "," in s[:5] and ":" in s:
        try:  # RFC 2822: "Tue, 10 Jun 2020 23:30:00 -0500"
            return parsedate_to_datetime(s).date().isoformat()
        except (TypeError, ValueError, IndexError):
            pass
    bare = _STRIP_TIME.sub("", s).strip().rstrip(".")
    m = _MDY.fullmatch(bare)
    if m and m.group(1).lower() in _MONTHS:  # "Thursday, June 11, 2020"
        return _valid(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)))
    m = _DMY.fullmatch(bare)
    if m and m.group(2).lower() in _MONTHS:  # "11 June 2020"
        return _valid(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
    try:
        return parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    return _dateparser(s)


def _dateparser(s: str) -> str | None:
    try:
        import dateparser
    except ImportError:  # pragma: no cover - trafilatura brings it
        return None
    parsed = dateparser.parse(
        s, languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False},
    )
    return parsed.date().isoformat() if parsed else None


_STRICT_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def validate_published(value: str | None) -> str | None:
    """The user's --published must be an exact calendar day: a typo would shift every date."""
    if value is None:
        return None
    s = str(value).strip()
    if not _STRICT_DAY.fullmatch(s) or _valid(int(s[:4]), int(s[5:7]), int(s[8:10])) is None:
        raise UsageError("E012", value=value)
    return s
