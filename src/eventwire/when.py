"""Date expressions -> ISO dates with a precision, anchored on the publication date and on the
previous date in the text.

Why our own rules and not dateparser: news dates are a small closed set of shapes, and two of
them matter most and are what dateparser gets wrong (DEPENDENCIES.md): anaphora ("two days
earlier" than the date just mentioned) and a weekday that is the publication day itself. Plain
regular expressions over the text are also far faster, and they see every sentence, parsed or
not, so the "previous date" is the previous date in the text, not in the parsed sentences.

``resolve_dates(text, published)`` walks the text once, in order; each ``DateRef`` has
``value=None`` where the expression cannot be anchored (unknown stays null).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from eventwire.errors import warn
from eventwire.model import DateRef

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                "several": None, "few": None, "a few": None}

_MONTH = r"(?P<month>" + "|".join(sorted((m for m in MONTHS if len(m) > 3 or m == "may"),
                                        key=len, reverse=True)) \
    + r"|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d{2})"
_NUM = r"(?P<num>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"

# Order matters: the first pattern that matches at a position wins (longest shapes first).
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?", re.I)),
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR}\b)?", re.I)),
    ("relative", re.compile(
        rf"\b{_NUM}\s+(?P<unit>days?|weeks?|months?|years?)\s+"
        r"(?P<dir>earlier|later|before|after|ago|previously)\b", re.I)),
    ("next_day", re.compile(
        r"\b(?:the\s+(?P<which>next|following|previous|preceding)|(?P<whichb>following|"
        r"preceding))\s+(?P<unit>day|week|month|year)\b"
        r"|\bthe\s+(?P<which2>day)\s+(?P<dir2>before|after)\b", re.I)),
    ("that", re.compile(
        r"\b(?P<pos>later|earlier)\s+(?:that|the\s+same)\s+(?P<unit>day|week|month|year)\b"
        r"|\b(?:on\s+)?(?:that|the\s+same)\s+(?P<unit2>day)\b", re.I)),
    ("weekday", re.compile(
        r"\b(?P<last>last\s+|this\s+|on\s+|since\s+|by\s+|until\s+|early\s+|late\s+)?"
        r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)),
    ("deictic", re.compile(r"\b(?P<word>yesterday|today|tonight|this\s+morning|"
                           r"this\s+afternoon|this\s+evening|last\s+night)\b", re.I)),
    ("last_unit", re.compile(r"\b(?P<which>last|this|next|past)\s+(?P<unit>week|month|year)\b",
                             re.I)),
    ("month_year", re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b", re.I)),
    ("month", re.compile(
        rf"\b(?P<prep>in|since|during|until|by|early|late|mid-?|last|this|the|from|through|"
        rf"before|after)\s+{_MONTH}(?=[\s,.;:!?)]|$)", re.I)),
    ("year", re.compile(rf"\b(?:in|since|during|until|by|of|from|through|early|late|mid-?)\s+"
                        rf"{_YEAR}\b(?!\s*(?:people|troops|soldiers|[a-z]+s\b))", re.I)),
]

# Shapes that need an anchor (publication date or the previous date).
_RELATIVE = {"relative", "next_day", "that", "weekday", "deictic", "last_unit"}


@dataclass
class _Anchor:
    value: date
    precision: str


def _month_num(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _parse_pub(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _fmt(d: date, precision: str) -> str:
    if precision == "day":
        return d.isoformat()
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return f"{d.year:04d}"


def _shift_months(d: date, months: int) -> date:
    m = d.month - 1 + months
    y = d.year + m // 12
    m = m % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def find_date_expressions(text: str) -> list[tuple[str, re.Match[str]]]:
    """Non-overlapping date expressions in text order (first pattern wins where two overlap)."""
    found: list[tuple[int, int, str, re.Match[str]]] = []
    taken: list[tuple[int, int]] = []
    for kind, pat in _PATTERNS:
        for m in pat.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind == "month" and not _month_ok(m, text):
                continue
            taken.append((s, e))
            found.append((s, e, kind, m))
    found.sort(key=lambda x: x[0])
    return [(k, m) for _, _, k, m in found]


def _month_ok(m: re.Match[str], text: str) -> bool:
    """Reject "may"/"march" as verbs: a month name here must be capitalised."""
    word = m.group("month")
    return word[0].isupper()


class DateResolver:
    """Resolves expressions in text order, remembering the previous resolved date."""

    def __init__(self, published: str | None, doc_ref: str = "<text>") -> None:
        self.pub = _parse_pub(published)
        self.doc_ref = doc_ref
        self.prev: _Anchor | None = None
        self._warned = False

    def resolve(self, kind: str, m: re.Match[str], offset: int = 0) -> DateRef:
        text = m.group(0)
        span = (m.start() + offset, m.end() + offset)
        try:
            result = self._resolve(kind, m)
        except (ValueError, OverflowError, KeyError):
            result = None
        if result is None:
            if kind in _RELATIVE and self.pub is None and not self._warned:
                warn("W001", doc_ref=self.doc_ref)
                self._warned = True
            return DateRef(None, None, text, span)
        d, precision = result
        if precision == "day" or self.prev is None or precision == "month":
            self.prev = _Anchor(d, precision)
        return DateRef(_fmt(d, precision), precision, text, span)

    # Each branch returns (date, precision) or None (unknown).
    def _resolve(self, kind: str, m: re.Match[str]) -> tuple[date, str] | None:
        g = m.groupdict()
        if kind == "iso":
            return date(int(g["year"]), int(g["m"]), int(g["d"])), "day"
        if kind in ("mdy", "dmy"):
            month, day = _month_num(g["month"]), int(g["day"])
            if not 1 <= day <= 31:
                return None
            if g.get("year"):
                d = _safe_date(int(g["year"]), month, day)
                return (d, "day") if d else None
            return self._partial(month, day)
        if kind == "month_year":
            return date(int(g["year"]), _month_num(g["month"]), 1), "month"
        if kind == "month":
            month = _month_num(g["month"])
            prep = g["prep"].lower()
            ref = self.pub or (self.prev.value if self.prev else None)
            if ref is None:
                return None
            year = ref.year
            if prep == "next":
                year += 1 if month <= ref.month else 0
            elif month > ref.month and self.pub is not None:
                year -= 1
            return date(year, month, 1), "month"
        if kind == "year":
            return date(int(g["year"]), 1, 1), "year"
        if kind == "weekday":
            if self.pub is None:
                return None
            target = WEEKDAYS[g["wd"].lower()]
            back = (self.pub.weekday() - target) % 7
            last = (g.get("last") or "").strip().lower()
            if last == "last" and back == 0:
                back = 7
            return self.pub - timedelta(days=back), "day"
        if kind == "deictic":
            if self.pub is None:
                return None
            word = " ".join(g["word"].lower().split())
            if word in ("yesterday", "last night"):
                return self.pub - timedelta(days=1), "day"
            return self.pub, "day"
        if kind == "last_unit":
            if self.pub is None:
                return None
            which, unit = g["which"].lower(), g["unit"].lower()
            if unit == "week":
                return None                              # no week precision in the contract
            step = {"last": -1, "past": -1, "this": 0, "next": 1}[which]
            if unit == "month":
                return _shift_months(self.pub.replace(day=1), step), "month"
            return date(self.pub.year + step, 1, 1), "year"
        if kind == "relative":
            return self._relative(g)
        if kind == "next_day":
            if self.prev is None or self.prev.precision != "day":
                return None
            unit = (g.get("unit") or "day").lower()
            which = (g.get("which") or g.get("whichb") or "").lower()
            if g.get("which2"):
                which = "next" if g["dir2"].lower() == "after" else "previous"
            sign = 1 if which in ("next", "following") else -1
            if unit == "day":
                return self.prev.value + timedelta(days=sign), "day"
            if unit == "week":
                return None
            if unit == "month":
                return _shift_months(self.prev.value.replace(day=1), sign), "month"
            return date(self.prev.value.year + sign, 1, 1), "year"
        if kind == "that":
            if self.prev is None:
                return None
            unit = (g.get("unit") or g.get("unit2") or "day").lower()
            if unit == "day":
                return (self.prev.value, "day") if self.prev.precision == "day" else None
            if unit == "month":
                return self.prev.value.replace(day=1), "month"
            if unit == "year":
                return date(self.prev.value.year, 1, 1), "year"
            return None
        return None

    def _partial(self, month: int, day: int) -> tuple[date, str] | None:
        """"January 5": the year of the publication date, never after it."""
        if self.pub is not None:
            d = _safe_date(self.pub.year, month, day)
            if d is not None and d > self.pub:
                d = _safe_date(self.pub.year - 1, month, day)
            return (d, "day") if d else None
        if self.prev is not None:                      # no publication date: the text's year
            d = _safe_date(self.prev.value.year, month, day)
            return (d, "day") if d else None
        return None

    def _relative(self, g: dict[str, str]) -> tuple[date, str] | None:
        n = NUMBER_WORDS.get(g["num"].lower()) if not g["num"].isdigit() else int(g["num"])
        if n is None:
            return None
        unit = g["unit"].lower().rstrip("s")
        direction = g["dir"].lower()
        if direction == "ago":
            base, prec = self.pub, "day"
            sign = -1
        else:
            if self.prev is None:
                return None
            base, prec = self.prev.value, self.prev.precision
            sign = 1 if direction in ("later", "after") else -1
        if base is None:
            return None
        if unit == "day":
            if prec != "day":
                return None
            return base + timedelta(days=sign * n), "day"
        if unit == "week":
            if prec != "day":
                return None
            return base + timedelta(weeks=sign * n), "day"
        if unit == "month":
            return _shift_months(base.replace(day=1), sign * n), "month"
        return date(base.year + sign * n, 1, 1), "year"


def resolve_dates(text: str, published: str | None, doc_ref: str = "<text>") -> list[DateRef]:
    """Every date expression of a text, resolved in text order (spans are offsets in text)."""
    resolver = DateResolver(published, doc_ref)
    return [resolver.resolve(kind, m) for kind, m in find_date_expressions(text)]


def resolve_one(expression: str, published: str | None) -> DateRef | None:
    """Resolve a single expression alone (convenience for callers and tests)."""
    refs = resolve_dates(expression, published)
    return refs[0] if refs else None
