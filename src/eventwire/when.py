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
import dataclasses
import re
from dataclasses import dataclass
from datetime import date, timedelta

from eventwire.errors import warn
from eventwire.model import DateRef
from eventwire.syntax import clause_verb, has_subject

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
    # "on March 3 last year", "in January of last year", "since June of this year": the year
    # is the one named after the month, not the publication year
    ("md_rel", re.compile(
        rf"\b{_MONTH}\s+{_DAY}\b,?\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b", re.I)),
    ("month_rel", re.compile(
        rf"\b(?:(?P<prep>in|since|during|until|by|early|late|mid-?|from|through|before|"
        rf"after)\s+)?{_MONTH},?\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b", re.I)),
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
        r"\b(?P<pos>later|earlier)\s+(?:that|the\s+same|in\s+the)\s+(?P<unit>day|week|month|year)\b"
        r"|\b(?:on\s+)?(?:that|the\s+same)\s+(?P<unit2>day|morning|afternoon|evening|night)\b",
        re.I)),
    ("part_of_day", re.compile(
        r"\b(?:the\s+)?(?P<which>previous|preceding|next|following)\s+"
        r"(?:morning|afternoon|evening|night)\b", re.I)),
    ("weekday", re.compile(
        r"\b(?P<last>last\s+|this\s+|next\s+|on\s+|since\s+|by\s+|until\s+|early\s+|late\s+|"
        r"coming\s+)?"
        r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)),
    ("deictic", re.compile(r"\b(?P<word>yesterday|today|tonight|this\s+morning|"
                           r"this\s+afternoon|this\s+evening|last\s+night)\b", re.I)),
    ("last_unit", re.compile(r"\b(?P<which>last|this|next|past)\s+(?P<unit>week|month|year)\b",
                             re.I)),
    # "shortly after 9 p.m.", "at 10:30 am": a time of the day last named
    ("clock", re.compile(
        r"\b(?:(?:shortly|just|soon|sometime)\s+)?(?:at|around|about|after|before|until|by)\s+"
        r"(?:about\s+|around\s+|roughly\s+)?(?:[01]?\d)(?:[:.][0-5]\d)?\s*"
        r"(?:a\.m\.|p\.m\.|am\b|pm\b)", re.I)),
    ("month_year", re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b", re.I)),
    ("month", re.compile(
        rf"\b(?P<prep>in|since|during|until|by|early|late|mid-?|last|this|the|from|through|"
        rf"before|after)\s+{_MONTH}(?=[\s,.;:!?)]|$)", re.I)),
    ("year", re.compile(rf"\b(?:in|since|during|until|by|of|from|through|early|late|mid-?)\s+"
                        rf"{_YEAR}\b(?!\s*(?:people|troops|soldiers|[a-z]+s\b))", re.I)),
    # "during the 2024 war", "since the 2019 election": the year of a named period
    ("year", re.compile(rf"\b(?:since|during|until|after|before|through)\s+the\s+"
                        rf"{_YEAR}(?=\s+[a-z])")),
]

#: Shapes resolved against the previous date of the text.
_ANAPHORA = frozenset({"relative", "next_day", "that", "part_of_day", "clock"})

# Shapes that need an anchor (publication date or the previous date).
_RELATIVE = {"relative", "next_day", "that", "weekday", "deictic", "last_unit", "part_of_day",
             "clock"}

#: Words before a weekday that put it ahead of the publication date: "is due to travel to Sri
#: Lanka on Friday", "will meet on Monday", "talks are scheduled for Tuesday". (Not "would":
#: reported speech may be about a day already past when the article appears.)
_FUTURE = re.compile(
    r"\b(?:will|shall|(?:is|are|am)\s+(?:due|scheduled|expected|set|slated|planning|going|"
    r"to\s+be\s+held)|(?:is|are)\s+to|plans?\s+to|intends?\s+to|scheduled\s+for|"
    r"(?:^|[^a-z])(?:wo|ca)n't|is\s+being\s+held|are\s+being\s+held)\b", re.I)
#: ... unless a past reporting verb or past marker stands between them and the weekday:
#: "will send troops, the ministry said on Friday".
_PAST_BETWEEN = re.compile(
    r"\b(?:said|told|announced|reported|added|stated|confirmed|declared|wrote|was|were|had|"
    r"did|ago|last|earlier|previously)\b", re.I)
#: "due to the storm": a cause, not a schedule.
_DUE_CAUSE = re.compile(r"\bdue\s+to\s+(?:the|a|an|his|her|its|their|this|that|these|those|"
                        r"heavy|bad|poor|security|lack|high|low|concerns?)\b", re.I)
_SENT_END = re.compile(r"[.!?]\s+(?=[A-Z\"'(])|\n")


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` begins (a regex guess: enough for a look-behind)."""
    start = 0
    for m in _SENT_END.finditer(text, max(0, pos - 2000), min(len(text), pos + 2)):
        if m.end() <= pos:
            start = m.end()
    return start


_SENT_STOP = re.compile(r"[.!?](?:\s|$)|\n")


def _future_after(text: str, end: int) -> bool:
    """Whether the clause after a fronted expression speaks of what is to come ("The
    following day he will meet ...")."""
    stop = _SENT_STOP.search(text, end)
    after = text[end:stop.start() if stop else len(text)]
    m = _FUTURE.search(after)
    return m is not None and not _is_cause(after, m) and \
        not _PAST_BETWEEN.search(after, 0, m.start())


def _is_cause(text: str, m: re.Match[str]) -> bool:
    at = m.group(0).lower().find("due")
    return at >= 0 and _DUE_CAUSE.match(text, m.start() + at) is not None


def _future_context(text: str, start: int) -> bool:
    """Whether the clause before a weekday at ``start`` speaks of what is still to come."""
    before = text[_sentence_start(text, start):start]
    marks = [m for m in _FUTURE.finditer(before) if not _is_cause(before, m)]
    if not marks:
        return False
    between = before[marks[-1].end():]
    return not _PAST_BETWEEN.search(between) and len(between) <= 120


#: "would" of a plan told in the past ("Parliament would meet in early September"): the act
#: comes after the telling, so a month just ahead of publication is this year's.
_WOULD = re.compile(r"\b(?:would|was\s+to|were\s+to|was\s+due\s+to|were\s+due\s+to)\b"
                    r"(?!\s+have\b)", re.I)


def _would_context(text: str, start: int) -> bool:
    """Whether the clause before a month at ``start`` tells of a plan in the past tense."""
    before = text[_sentence_start(text, start):start]
    marks = list(_WOULD.finditer(before))
    return bool(marks) and len(before) - marks[-1].end() <= 80


#: Verbs that announce a period still to begin: "called a strike from Monday", "declared a
#: curfew starting Friday", "urged Ugandans to stay at home from Monday" (not "imposed" or
#: "began": a period may have begun already).
_ANNOUNCE = re.compile(r"\b(?:called|announced|declared|scheduled|planned|vowed|threatened|"
                       r"urged|asked|appealed|ordered|instructed)\b", re.I)


def _announce_context(text: str, start: int) -> bool:
    """Whether a weekday at ``start`` (after "from"/"starting") opens a period that an
    announcement in the same clause calls for: the coming day, not the past one."""
    before = text[_sentence_start(text, start):start]
    marks = list(_ANNOUNCE.finditer(before))
    if not marks or re.search(r"\b(?:had|'d)\s+(?:\w+\s+)?$", before[:marks[-1].start()]):
        return False            # (not "had called a strike from Monday": told as past)
    between = before[marks[-1].end():]
    return len(between) <= 80 and not re.search(
        r"\b(?:had|has|have|was|were|since|began|begun|started|ago|last|earlier)\b|[,;]",
        between, re.I)


#: "from Thursday", "starting Monday": the first day of a period (right before a weekday).
_ONSET = re.compile(r"\b(?:from|starting|beginning)\s+$", re.I)

#: How many months ahead of publication a planned ("would") month is still this year's.
_WOULD_AHEAD_MONTHS = 3


@dataclass
class _Anchor:
    value: date
    precision: str
    end: int = -1            # where its expression ends in the text (-1: unknown)


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
            if kind in ("month", "month_rel") and not _month_ok(m, text):
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
        self._inverted = False
        self.last: _Anchor | None = None      # the last date of any precision
        self.prev_future: _Anchor | None = None   # the last day after publication
        #: the date right after a "N days before/after" ("before the November 13 deadline")
        self.next_base: tuple[date, str] | None = None
        #: the last date written with its year ("November 15, 2017", "in 2016"), with where its
        #: expression starts: a later "November 21" of the same story is of that year
        self.explicit: _Anchor | None = None
        self.explicit_start = -1

    def resolve(self, kind: str, m: re.Match[str], offset: int = 0) -> DateRef:
        text = m.group(0)
        span = (m.start() + offset, m.end() + offset)
        saved = self.prev
        if kind in _ANAPHORA and self.prev_future is not None and \
                (_future_context(m.string, m.start()) or _future_after(m.string, m.end())):
            self.prev = self.prev_future          # "will meet on Monday; the following day ..."
        try:
            result = self._resolve(kind, m)
        except (ValueError, OverflowError, KeyError):
            result = None
        finally:
            self.prev = saved
        if result is None:
            if kind in _RELATIVE and self.pub is None and not self._warned:
                warn("W001", doc_ref=self.doc_ref)
                self._warned = True
            return DateRef(None, None, text, span)
        d, precision = result
        self.last = _Anchor(d, precision, m.end())
        if _names_year(kind, m):
            self.explicit, self.explicit_start = _Anchor(d, precision, m.end()), m.start()
        if self._inverted:
            self._inverted = False             # Y's date in "X, a day after Y": not the story's
        elif self.pub is not None and precision == "day" and d > self.pub:
            # a date still to come ("until his next court appearance on April 5") is not the
            # story's: a later "the same day" is the attack's, unless it too looks ahead
            self.prev_future = _Anchor(d, precision, m.end())
        elif precision == "day" or self.prev is None or precision == "month":
            self.prev = _Anchor(d, precision, m.end())
        return DateRef(_fmt(d, precision), precision, text, span)

    def _before_in_sentence(self, m: re.Match[str]) -> bool:
        """"X on Wednesday, a day after Y ...": the previous date is X's, in this very
        sentence, and "after" opens Y (a clause or a noun phrase): Y is a day *before* it."""
        if self.prev is None or self.prev.end < 0 or self.prev.end > m.start():
            return False
        if _sentence_start(m.string, m.start()) > self.prev.end:
            return False
        rest = m.string[m.end():m.end() + 2]
        return bool(rest) and rest[0] == " " and rest[1:2].isalnum()

    # Each branch returns (date, precision) or None (unknown).
    def _resolve(self, kind: str, m: re.Match[str]) -> tuple[date, str] | None:
        g = m.groupdict()
        if kind == "iso":
            return date(int(g["year"]), int(g["m"]), int(g["d"])), "day"
        if kind in ("md_rel", "month_rel"):
            if self.pub is None:
                return None
            year = self.pub.year + {"last": -1, "this": 0, "next": 1}[g["rel"].lower()]
            month = _month_num(g["month"])
            if kind == "month_rel":
                return date(year, month, 1), "month"
            d = _safe_date(year, month, int(g["day"]))
            return (d, "day") if d else None
        if kind in ("mdy", "dmy"):
            month, day = _month_num(g["month"]), int(g["day"])
            if not 1 <= day <= 31:
                return None
            if g.get("year"):
                d = _safe_date(int(g["year"]), month, day)
                return (d, "day") if d else None
            return self._partial(month, day, _future_context(m.string, m.start()), m)
        if kind == "month_year":
            return date(int(g["year"]), _month_num(g["month"]), 1), "month"
        if kind == "month":
            month = _month_num(g["month"])
            prep = g["prep"].lower()
            ref = self.pub or (self.prev.value if self.prev else None)
            if ref is None:
                return None
            year = ref.year
            future = self.pub is not None and _future_context(m.string, m.start())
            carried = self._story_year(m, month, same_sentence=True)
            if carried is not None and prep != "next" and not future and \
                    not self._recent(month):
                return date(carried, month, 1), "month"     # "In 2016 ..., until July"
            if prep == "next":
                year += 1 if month <= ref.month else 0
            elif future:
                year += 1 if month < ref.month else 0     # "will be held in March"
            elif month > ref.month and self.pub is not None and not (
                    month - ref.month <= _WOULD_AHEAD_MONTHS
                    and _would_context(m.string, m.start())):
                year -= 1          # (not "would meet in early September", told in August)
            return date(year, month, 1), "month"
        if kind == "year":
            return date(int(g["year"]), 1, 1), "year"
        if kind == "weekday":
            if self.pub is None:
                return None
            target = WEEKDAYS[g["wd"].lower()]
            back = (self.pub.weekday() - target) % 7
            last = (g.get("last") or "").strip().lower()
            if last == "last" and back <= 1:
                back += 7          # "last Thursday" written on a Friday is not yesterday
            if last in ("next", "coming"):          # "next Friday": always ahead
                ahead = (target - self.pub.weekday()) % 7
                return self.pub + timedelta(days=ahead or 7), "day"
            if last in ("", "on", "by", "until", "this", "early", "late") and back != 0 \
                    and _future_context(m.string, m.start()):
                return self.pub + timedelta(days=(target - self.pub.weekday()) % 7), "day"
            if last == "" and back != 0 and _ONSET.search(m.string, 0, m.start()) and (
                    _would_context(m.string, m.start())
                    or _announce_context(m.string, m.start())):
                # "said it would hold a general strike from Thursday", "called an indefinite
                # strike from Monday": a plan's first day
                return self.pub + timedelta(days=(target - self.pub.weekday()) % 7), "day"
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
            out = self._relative(g, m)
            if out is not None and self.pub is not None and out[0] > self.pub and \
                    g["dir"].lower() in ("after", "later") and \
                    not (_future_context(m.string, m.start()) or _future_after(m.string, m.end())):
                # "This comes a week after he attended a summit": counted from a date that
                # is not the event's; a past event after the publication date is a misreading
                return None
            return out
        if kind == "next_day":
            if g.get("which2") and self.next_base is not None and self.next_base[1] == "day":
                step = 1 if g["dir2"].lower() == "after" else -1
                self._inverted = True           # "the day before the March 3 vote"
                return self.next_base[0] + timedelta(days=step), "day"
            unit = (g.get("unit") or "day").lower()
            if unit in ("month", "year"):
                # "founded in 1999. The following year ...": any precision down to the unit
                anchor = self.prev
                if self.last is not None and (anchor is None or self.last.end > anchor.end):
                    anchor = self.last
                if anchor is None or unit == "month" and anchor.precision == "year":
                    return None
                which = (g.get("which") or g.get("whichb") or "").lower()
                sign = 1 if which in ("next", "following") else -1
                if unit == "month":
                    return _shift_months(anchor.value.replace(day=1), sign), "month"
                return date(anchor.value.year + sign, 1, 1), "year"
            if self.prev is None or self.prev.precision != "day":
                return None
            which = (g.get("which") or g.get("whichb") or "").lower()
            if g.get("which2"):
                which = "next" if g["dir2"].lower() == "after" else "previous"
                if self._before_in_sentence(m):
                    which = "previous" if which == "next" else "next"
                    self._inverted = True
            sign = 1 if which in ("next", "following") else -1
            if unit == "day":
                return self.prev.value + timedelta(days=sign), "day"
            if unit == "week":
                return None
            if unit == "month":
                return _shift_months(self.prev.value.replace(day=1), sign), "month"
            return date(self.prev.value.year + sign, 1, 1), "year"
        if kind == "clock":
            # a time of day alone in its sentence is on the day last named ("stormed the hotel
            # on Thursday evening. ... detonated a car bomb shortly after 9 p.m.")
            if self.prev is None or self.prev.precision != "day":
                return None
            return self.prev.value, "day"
        if kind == "part_of_day":
            if self.prev is None or self.prev.precision != "day":
                return None
            which = g["which"].lower()
            step = 1 if which in ("next", "following") else -1
            return self.prev.value + timedelta(days=step), "day"
        if kind == "that":
            if self.prev is None:
                return None
            unit = (g.get("unit") or g.get("unit2") or "day").lower()
            if unit in ("morning", "afternoon", "evening", "night"):
                unit = "day"
            if unit == "day":
                return (self.prev.value, "day") if self.prev.precision == "day" else None
            anchor = self.prev
            if self.last is not None and self.last.end > anchor.end:
                anchor = self.last          # "... in 2011. Later that year ..."
            if unit == "month" and anchor.precision != "year":
                return anchor.value.replace(day=1), "month"
            if unit == "year":
                return date(anchor.value.year, 1, 1), "year"
            return None
        return None

    def _story_year(self, m: re.Match[str], month: int, day: int = 1,
                    same_sentence: bool = False) -> int | None:
        """The year a date without one takes from the date just written with its year, in a
        story told of an earlier year: "the army moved on November 15, 2017. ... his
        resignation on November 21" (the next sentence at most; a bare month only in the same
        sentence: "In 2016, ... until July"). Only a date at or after that one, within three
        months, continues its story."""
        ex = self.explicit
        if ex is None or self.pub is None or ex.value.year >= self.pub.year or \
                self.explicit_start < 0 or ex.end > m.start():
            return None
        here = _sentence_start(m.string, m.start())
        if same_sentence:
            if here > self.explicit_start:
                return None
        elif here > self.explicit_start and \
                _sentence_start(m.string, max(0, here - 2)) > self.explicit_start:
            return None
        if ex.precision == "year":
            return ex.value.year if same_sentence else None
        d = _safe_date(ex.value.year, month, day)
        if d is None:
            return None
        first = ex.value if ex.precision == "day" else ex.value.replace(day=1)
        if not first <= d <= first + timedelta(days=92):
            return None
        return ex.value.year

    def _recent(self, month: int, day: int | None = None) -> bool:
        """Whether the publication year's reading of a date without a year is recent news
        (from two months before publication to a month after): then it stands. ``day``
        None: the whole month."""
        if self.pub is None:
            return False
        first = _safe_date(self.pub.year, month, day or 1)
        last = _safe_date(self.pub.year, month, day or calendar.monthrange(self.pub.year,
                                                                            month)[1])
        return first is not None and last is not None and \
            last >= self.pub - timedelta(days=_RECENT_DAYS) and \
            first <= self.pub + timedelta(days=_AHEAD_DAYS)

    def _partial(self, month: int, day: int, future: bool = False,
                 m: re.Match[str] | None = None) -> tuple[date, str] | None:
        """"January 5": the year of the publication date, never after it; in a clause about
        what is to come ("elections will be held on January 5"), never before it; in a story
        just dated in an earlier year, that year (``_story_year``)."""
        if self.pub is not None:
            carried = self._story_year(m, month, day) if m is not None and not future else None
            if carried is not None and not self._recent(month, day):
                d = _safe_date(carried, month, day)
                return (d, "day") if d else None
            d = _safe_date(self.pub.year, month, day)
            # a date a few weeks ahead is the coming one ("the November 13 deadline"): a date
            # almost a year back would carry its year
            ahead = _WOULD_AHEAD_DAYS if m is not None and _would_context(m.string, m.start()) \
                else _AHEAD_DAYS
            if d is not None and d > self.pub and not future and (d - self.pub).days > ahead:
                d = _safe_date(self.pub.year - 1, month, day)
            elif d is not None and d < self.pub and future:
                d = _safe_date(self.pub.year + 1, month, day)
            return (d, "day") if d else None
        if self.prev is not None:                      # no publication date: the text's year
            d = _safe_date(self.prev.value.year, month, day)
            return (d, "day") if d else None
        return None

    def _relative(self, g: dict[str, str], m: re.Match[str]) -> tuple[date, str] | None:
        n = NUMBER_WORDS.get(g["num"].lower()) if not g["num"].isdigit() else int(g["num"])
        if n is None:
            return None
        unit = g["unit"].lower().rstrip("s")
        direction = g["dir"].lower()
        if direction == "ago":
            base, prec = self.pub, "day"
            sign = -1
        elif self.next_base is not None and direction in ("before", "after"):
            base, prec = self.next_base
            sign = 1 if direction == "after" else -1
            self._inverted = True               # not the story's own date
        else:
            if self.prev is None and self.last is None:
                return None
            anchor = self.prev
            if unit in ("year", "month") and self.last is not None and self.last.end >= 0 \
                    and _sentence_start(m.string, m.start()) <= self.last.end <= m.start():
                anchor = self.last       # "left Iraq in 2011 and returned three years later"
            if anchor is None:
                return None
            base, prec = anchor.value, anchor.precision
            sign = 1 if direction in ("later", "after") else -1
            if direction in ("after", "before") and self._before_in_sentence(m):
                sign = -sign
                self._inverted = True
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


#: How far after the publication date a day-and-month date without a year is still read as
#: the coming one, not as last year's.
_AHEAD_DAYS = 31
#: ... and in a plan told in the past ("would not reconvene until October 14").
_WOULD_AHEAD_DAYS = 92
#: How far before publication a date without a year is still read as this year's news,
#: whatever year the sentence before was about.
_RECENT_DAYS = 60

_ABSOLUTE = frozenset({"mdy", "dmy", "iso", "weekday", "month_year", "md_rel", "month_rel"})
#: Prepositions of a year that dates a story ("in 2016"), not a span's edge ("since 2011").
_STORY_YEAR_PREPS = frozenset({"in", "during", "of"})


def _names_year(kind: str, m: re.Match[str]) -> bool:
    """Whether a date expression writes its year out (it can date the sentences after it)."""
    if kind in ("iso", "month_year"):
        return True
    if kind in ("mdy", "dmy"):
        return bool(m.group("year"))
    if kind == "year":
        return m.group(0).split()[0].lower() in _STORY_YEAR_PREPS
    return False
_JUST_ARTICLE = re.compile(r"\s+(?:the\s+|a\s+|an\s+)?", re.I)


def resolve_dates(text: str, published: str | None, doc_ref: str = "<text>") -> list[DateRef]:
    """Every date expression of a text, resolved in text order (spans are offsets in text).
    "two weeks before the November 13 deadline" counts from the date that follows it."""
    resolver = DateResolver(published, doc_ref)
    exprs = find_date_expressions(text)
    # a clock time in a sentence that also names a day or a date is that day's: it gets no
    # value of its own ("at 2am local time on Friday")
    dated = {_sentence_start(text, m.start()) for k, m in exprs if k != "clock"}
    out = []
    for i, (kind, m) in enumerate(exprs):
        if kind == "clock" and _sentence_start(text, m.start()) in dated:
            out.append(DateRef(None, None, m.group(0), m.span()))
            continue
        resolver.next_base = None
        if kind in ("relative", "next_day") and i + 1 < len(exprs):
            kind2, m2 = exprs[i + 1]
            if kind2 in _ABSOLUTE and _JUST_ARTICLE.fullmatch(text, m.end(), m2.start()):
                probe = DateResolver(published, doc_ref)
                probe.prev, probe._warned = resolver.prev, True
                try:
                    resolver.next_base = probe._resolve(kind2, m2)
                except (ValueError, OverflowError, KeyError):
                    resolver.next_base = None
        ref = resolver.resolve(kind, m)
        year = _shared_year(text, kind, m, exprs[i + 1] if i + 1 < len(exprs) else None)
        if year and ref.value and not ref.value.startswith(year):
            ref = dataclasses.replace(ref, value=year + ref.value[4:])
        out.append(ref)
    return out


#: What joins two dates that share the year named after the second ("in July and August
#: 2024", "on March 3 and March 5, 2021").
_RANGE_JOIN = re.compile(r"\s*(?:,|and|or|to|through|until|-|\u2013)\s*(?:in\s+|on\s+)?", re.I)


def _shared_year(text: str, kind: str, m: re.Match[str], following) -> str | None:
    """The year a month or day without one takes from the next date of a pair: "in July
    and August 2024" is July 2024, not the July before publication."""
    if kind not in ("month", "mdy", "dmy") or following is None or m.groupdict().get("year"):
        return None
    kind2, m2 = following
    if kind2 not in ("month", "month_year", "mdy", "dmy") or not m2.groupdict().get("year"):
        return None
    if not _RANGE_JOIN.fullmatch(text, m.end(), m2.start()):
        return None
    return m2.group("year")


def resolve_one(expression: str, published: str | None) -> DateRef | None:
    """Resolve a single expression alone (convenience for callers and tests)."""
    refs = resolve_dates(expression, published)
    return refs[0] if refs else None


# ------------------------------------------------------------------ the date of one event
#: Marks of a subordinate clause that happens at the same time as its main clause: "killed all
#: five gunmen when the operation ended on Friday".
_SAME_TIME_MARKS = frozenset({"when", "as", "while", "whilst"})
#: Auxiliaries of an announced or possible act: its date is the announcement's ("said on
#: Thursday it would impose sanctions").
_MODAL_AUX = frozenset({"will", "would", "shall", "could", "may", "might", "'ll", "wo", "can"})
_REPORTING_LEMMAS = frozenset({"say", "tell", "announce", "report", "state", "add", "confirm",
                               "declare", "claim", "warn", "pledge", "promise", "vow"})
#: Verbs of a stance taken by saying so: their time is the statement's.
_STANCE_LEMMAS = frozenset({"support", "back", "stand", "oppose", "reject", "refuse", "condemn",
                            "welcome", "deny", "accept", "want", "demand", "urge", "hope",
                            "regret", "blame", "accuse", "praise", "endorse", "recognise",
                            "recognize", "remain", "intend", "plan"})
#: Date words that set one act after or before another: never shared between two verbs.
_SEQUENCE = re.compile(r"\b(?:later|earlier|after|before|next|following|previous|then)\b",
                       re.I)
_SUBORDINATE = frozenset({"advcl", "xcomp", "acl", "conj", "relcl", "pcomp", "dep"})
#: Unresolved expressions that still set a clause's own time (a week, a month with no anchor),
#: unlike a clock time left to the day named beside it.
_OWN_TIME = re.compile(r"\b(?:week|weeks|month|months|year|years)\b", re.I)


#: Verb forms that do not head a clause: "the *following* day", "*including* two children".
_NOT_CLAUSE = frozenset({"aux", "auxpass", "amod", "prep", "compound", "pobj", "nmod", "det",
                         "appos", "nummod", "quantmod"})


def _verb_of(tok):
    """The verb whose clause a token sits in (the token itself for a verb)."""
    return clause_verb(tok, _NOT_CLAUSE)


def _time_chain(verb, nominal: bool = False) -> list:
    """The event's verb and the verbs whose time it shares: a participle or infinitive takes
    its main verb's ("killing 84 people"), a verb sharing a subject takes the first conjunct's
    ("said on Sunday ... and accused Manila"), an announced act takes the announcement's
    ("said on Friday it would lend")."""
    chain = [verb]
    cur = verb
    for _ in range(4):
        if cur.head == cur:
            break
        if nominal and cur is verb:
            # a nominal event ("made a plea", "announced an investigation") also takes the
            # date of the clause its verb hangs on
            nxt = _verb_of(cur.head)
        elif cur.dep_ == "conj" and cur.tag_ == "VBD" and not has_subject(cur) and \
                cur.head.dep_ == "ccomp" and cur.head.head.lemma_.lower() in _REPORTING_LEMMAS \
                and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in cur.head.children):
            # "said on Sunday that the boats had entered ... and accused Manila": a simple past
            # after a pluperfect goes with the saying, whatever the parser attached it to
            nxt = cur.head.head
        elif cur.dep_ in _SUBORDINATE and not has_subject(cur) or cur.dep_ == "conj":
            # "... marched on Monday, and police fired tear gas": a coordinated clause
            # without a date of its own goes on at the first one's time
            nxt = _verb_of(cur.head)
        elif cur.dep_ == "advcl" and _same_time_mark(cur) and cur.head.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in cur.children):
            # "police arrested 20 people on Monday as protesters marched": a same-time
            # clause goes on at its main clause's time (not "as much money as the president
            # had requested": a comparison, and told as earlier)
            nxt = _verb_of(cur.head)
        elif cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_.lower() in _REPORTING_LEMMAS \
                and (any(c.dep_ == "aux" and c.lower_ in _MODAL_AUX for c in cur.children)
                     or cur.lemma_.lower() in _STANCE_LEMMAS
                     and not any(c.dep_ == "aux" and c.lower_ in ("had", "'d")
                                 for c in cur.children)):
            # "said on Friday it would lend", "said on Tuesday it stood with its ally": a stance
            # taken in the saying is dated by it (not "said ... it had rejected")
            nxt = cur.head
        else:
            break
        if nxt in chain:
            break
        chain.append(nxt)
        cur = nxt
    return chain


def _same_time_mark(clause) -> bool:
    """Whether a clause opens with "when", "as", "while" ("... when the operation ended")."""
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in _SAME_TIME_MARKS
               and c.i < clause.i for c in clause.children)


#: Nouns for a person that an event noun may describe ("the suspect in a shooting").
_PERSON_NOUNS = frozenset({"suspect", "victim", "survivor", "perpetrator", "organiser",
                           "organizer", "leader", "witness", "mastermind", "gunman", "veteran",
                           "hero", "widow", "mother", "father", "son", "daughter", "brother",
                           "sister", "man", "woman", "boy", "girl", "assassin", "killer"})


def _describes_participant(noun) -> bool:
    """Whether an event noun sits in the description of a person rather than in its own
    clause: "Kyle R., the suspect in a shooting that ..., was released on Friday" (the
    release is Friday's, the shooting is not); "a survivor of the attack was freed"."""
    t = noun
    for _ in range(6):
        if t.head == t or t.pos_ in ("VERB", "AUX") and t is not noun:
            return False
        if t is not noun and t.pos_ in ("NOUN", "PROPN") and (
                t.dep_ == "appos" or t.ent_type_ == "PERSON"
                or t.lemma_.lower() in _PERSON_NOUNS):
            return True
        t = t.head
    return False


#: Nouns a date names a time of ("Friday night", "Monday's session").
_TIME_NOUNS = frozenset(("night", "morning", "afternoon", "evening", "day", "week", "weekend",
                         "dawn", "midnight", "noon", "hours", "time", "session", "date"))
#: Prepositions whose object sets the time frame of the verb they hang on ("in the November
#: 27 deal, they agreed", "during the May 2 vote").
_FRAME_PREPS = frozenset(("in", "on", "at", "during", "since", "after", "before", "by",
                          "until", "through", "following", "amid"))


def _dates_a_noun(root, inside) -> bool:
    """Whether a date only describes a noun the event is not ("condemned the strikes as a
    violation of the November 2024 ceasefire"): a modifier of a noun other than the trigger,
    not a time of day, and not a time frame on a verb ("in the November 27 deal, ...")."""
    noun = root.head
    if root.dep_ not in ("nmod", "compound", "amod", "poss") or noun.pos_ not in ("NOUN",
                                                                                "PROPN"):
        return False
    if noun.i in inside or noun.lemma_.lower() in _TIME_NOUNS:
        return False
    prep = noun.head
    return not (noun.dep_ == "pobj" and prep.lower_ in _FRAME_PREPS
                and prep.head.pos_ in ("VERB", "AUX"))


def event_date(verb, sent, dates: list[DateRef], inside: set[int] | frozenset[int] = frozenset(),
               nominal: bool = False) -> DateRef | None:
    """The date of the event whose clause ``verb`` heads, among the resolved ``dates`` of the
    text: a date inside the event's own phrase (``inside``: token indices of a nominal
    trigger's phrase), else the date attached to the event's clause or to a clause whose time
    it shares (``_time_chain``; for a ``nominal`` trigger, also the clause above its verb),
    else one in a same-time subordinate clause ("when ... on Friday"). Never the sentence's
    first date merely for being there: a date of another clause ("X resigned on Wednesday, a
    day after Y demanded") is another event's."""
    lo, hi = sent.start_char, sent.end_char
    in_sent = [d for d in dates if d.span and lo <= d.span[0] < hi and d.value is not None]
    if not in_sent:
        return None if nominal or any(d.span and lo <= d.span[0] < hi for d in dates) \
            else _during_named_event(_time_chain(verb), sent, dates)
    doc = sent.doc
    attached = []
    for d in in_sent:
        span = doc.char_span(d.span[0], d.span[1], alignment_mode="expand")
        if span is None:
            continue
        if inside and any(t.i in inside for t in span):
            return d
        if not nominal and verb.dep_ == "relcl" and _same_time_mark(verb) and \
                span.start <= verb.head.i < span.end and \
                not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
            return d        # "The war began in 2014, when the Houthis took over the capital"
        root = next((t for t in span if not (span.start <= t.head.i < span.end)
                     or t.head == t), span.root)
        if _dates_a_noun(root, inside):
            continue        # "a violation of the November 2024 ceasefire": the noun's date
        attached.append((d, {_verb_of(t).i for t in span}))
    # a time of its own that has no day ("would march on Lima next week", "a week after he
    # attended"): the clause is not at the time of the clause it hangs on
    for d in dates:
        if d.value is None and d.span and lo <= d.span[0] < hi and _OWN_TIME.search(d.text):
            span = doc.char_span(d.span[0], d.span[1], alignment_mode="expand")
            if span is not None:
                attached.append((None, {_verb_of(t).i for t in span}))
    if nominal and inside:
        tops = [doc[i] for i in inside if doc[i].head.i not in inside or doc[i].head == doc[i]]
        if tops and _describes_participant(min(tops, key=lambda t: t.i)):
            return None      # "the suspect in a shooting ... was released on Friday"
    chain = _time_chain(verb, nominal)
    for v in chain:
        for d, heads in attached:
            if v.i in heads:
                return d
    attached = [(d, heads) for d, heads in attached if d is not None]
    # "seized three boats and detained 27 crew members ... on Monday": a date after the last
    # of two verbs sharing a subject dates both
    for c in (verb.children if not nominal and verb.pos_ == "VERB" else ()):
        if c.dep_ == "conj" and c.pos_ == "VERB" and not has_subject(c) and \
                not _time_chain(verb, nominal)[1:] and \
                any(t.dep_ == "cc" and verb.i < t.i < c.i for t in (*verb.children, *c.children)):
            for d, heads in attached:
                if c.i in heads and not _SEQUENCE.search(d.text) and \
                        doc.char_span(d.span[0], d.span[1], alignment_mode="expand").start > c.i:
                    return d                  # (not "... and reopened later that day")
    # "killed five gunmen and rescued 86 people when the operation ended on Friday"
    near = list(chain) + [c for v in chain for c in v.children
                          if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not has_subject(c)]
    for v in near:
        for d, heads in attached:
            for h in heads:
                sub = doc[h]
                if sub.dep_ == "advcl" and sub.head == v and any(
                        c.dep_ in ("mark", "advmod") and c.lower_ in _SAME_TIME_MARKS
                        and c.i < sub.i for c in sub.children):
                    return d
    return None if nominal else _during_named_event(chain, sent, dates)


#: How many sentences back "during the strike" looks for the strike's day.
_DURING_BACK = 6


def _during_named_event(chain, sent, dates: list[DateRef]) -> DateRef | None:
    """"police arrested 11 protesters ... during the strike": an act during an event the text
    has already dated ("held a general strike on Thursday") is on that event's day. Only with
    "during" and a definite event noun; the nearest earlier sentence naming that noun must
    date it (a day attached to its clause or, in a sentence without a parse, the only day of
    the sentence); otherwise unknown."""
    from eventwire.events.lexicon import NOUNS

    doc = sent.doc
    nouns = []
    for v in chain:
        for prep in v.children:
            if prep.dep_ == "prep" and prep.lower_ == "during":
                nouns += [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"
                          and c.lemma_.lower() in NOUNS
                          and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)]
    if len(nouns) != 1:
        return None
    lemma = nouns[0].lemma_.lower()
    start = sent.start
    for _ in range(_DURING_BACK):
        if start <= 0:
            return None
        prev = doc[start - 1].sent
        start = prev.start
        mentions = [t for t in prev if t.lemma_.lower() == lemma and t.pos_ == "NOUN"] or \
            [t for t in prev if t.lower_ in (lemma, lemma + "s") and not t.pos_]
        if not mentions:
            continue
        days = [d for d in dates if d.span and prev.start_char <= d.span[0] < prev.end_char
                and d.value is not None and d.precision == "day"]
        if not any(t.dep_ for t in prev):
            return days[0] if len(days) == 1 else None
        verbs = {_verb_of(t).i for t in mentions}
        own = []
        for d in days:
            span = doc.char_span(d.span[0], d.span[1], alignment_mode="expand")
            if span is not None and {_verb_of(t).i for t in span} & verbs:
                own.append(d)
        return own[0] if len(own) == 1 else None     # (not a strike "on Thursday and Friday")
    return None
