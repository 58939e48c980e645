"""How many: numbers tied to what they count, read from the dependency parse.

Why the parse and not a quantity library: what matters is the unit ("1,200" *troops*), and
it is often far from the number ("reduced the number of their troops ... to 1,200"); generic
quantity finders see the number but not what it counts (DEPENDENCIES.md). Dates, years,
ordinals, clock times and money are not counts of anything an event did, so they are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from eventwire.model import Quantity, Span

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "hundred": 100}
MONEY = {"$", "€", "£", "¥", "dollar", "dollars", "euro", "euros", "pound", "pounds", "yuan",
         "rupee", "rupees", "usd", "eur"}
TIME_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour",
              "hours", "minute", "minutes", "second", "seconds", "decade", "decades", "century",
              "percent", "%", "a.m.", "p.m.", "am", "pm", "o'clock", "km", "kilometers",
              "kilometres", "miles", "mile", "meters", "metres"}
#: Nouns that only wrap the real unit: "the number of their troops".
WRAPPERS = {"number", "total", "count", "size", "contingent", "force", "group", "level",
            "strength", "tally", "toll", "some", "all"}
#: What a casualty count is called, by the verb that counts it.
CASUALTY_VERBS = {"kill": "killed", "die": "dead", "wound": "injured", "injure": "injured",
                  "hurt": "injured", "arrest": "arrested", "detain": "arrested",
                  "abduct": "abducted", "kidnap": "abducted", "displace": "displaced",
                  "evacuate": "evacuated", "release": "released", "free": "released"}
_NUM_RE = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def parse_number(text: str) -> float | None:
    """'1,200' -> 1200, 'two' -> 2; None for what is not a plain number."""
    t = text.lower().strip()
    if _NUM_RE.match(t):
        return float(t.replace(",", ""))
    return float(WORD_NUMBERS[t]) if t in WORD_NUMBERS else None


def _plural(noun) -> str:
    text = noun.text.lower()
    if noun.tag_ in ("NNS", "NNPS"):
        return text
    lemma = noun.lemma_.lower() or text
    if lemma.endswith("y") and lemma[-2:-1] not in ("a", "e", "o", "u"):
        return lemma[:-1] + "ies"
    if lemma.endswith(("s", "x", "ch", "sh")):
        return lemma + "es"
    return lemma + "s"


def _value(tok) -> tuple[float, list] | None:
    """The value of a number token with its compound parts ("1.5 million", "two hundred")."""
    value = parse_number(tok.text)
    parts = [tok]
    if value is None and tok.lower_ in SCALES:
        value = 1.0
    if value is None:
        return None
    for child in tok.children:                    # "1.5 million": million <- 1.5 (compound)
        if child.dep_ in ("compound", "quantmod") and child.i < tok.i:
            v = parse_number(child.text)
            if v is not None:
                value *= v if tok.lower_ in SCALES else 1
                parts.append(child)
    if tok.head.lower_ in SCALES and tok.head.i == tok.i + 1:     # "2 million"
        value *= SCALES[tok.head.lower_]
        parts.append(tok.head)
        return value, parts
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in SCALES and nxt.head == tok.head and nxt.i not in (
            p.i for p in parts):
        value *= SCALES[nxt.lower_]
        parts.append(nxt)
    return value, parts


def _is_excluded(tok, date_spans: list[Span]) -> bool:
    if any(s <= tok.idx < e for s, e in date_spans):
        return True
    t = tok.text
    if tok.ent_type_ in ("DATE", "TIME", "ORDINAL", "PERCENT", "MONEY"):
        return True
    if re.fullmatch(r"(1[89]|20)\d{2}", t) and tok.ent_type_ != "CARDINAL":
        return True                                 # a year
    if ":" in t or t.lower().endswith(("st", "nd", "rd", "th")):
        return True
    prev = tok.nbor(-1) if tok.i > 0 else None
    if prev is not None and prev.text in MONEY:
        return True
    return False


def _unit(tok, clause_verb) -> tuple[str | None, object | None]:
    """What the number counts, and the token that says so."""
    head = tok.head
    # "29-country": tokens 29 - country
    if tok.i + 2 < len(tok.doc) and tok.nbor(1).text == "-" and tok.nbor(2).pos_ == "NOUN":
        noun = tok.nbor(2)
        return _plural(noun), noun
    while head.lower_ in SCALES and head != head.head:
        head = head.head
    if tok.dep_ in ("nummod", "quantmod", "compound", "amod") or head.pos_ in ("NOUN", "PROPN"):
        if head.pos_ in ("NOUN", "PROPN") and head.lower_ not in TIME_UNITS | MONEY:
            noun = head
            verb = noun.head
            if noun.dep_ in ("nsubjpass", "dobj", "nsubj") and verb.lemma_ in CASUALTY_VERBS:
                return CASUALTY_VERBS[verb.lemma_], noun
            return _plural(noun), noun
        if head.lower_ in TIME_UNITS | MONEY:
            return None, None
    # "reduced ... to 1,200": the number stands alone; the unit is the clause's object
    if tok.dep_ == "pobj" and head.lower_ in ("to", "by", "from") and clause_verb is not None:
        for obj in clause_verb.children:
            if obj.dep_ in ("dobj", "nsubjpass"):
                noun = obj
                if noun.lower_ in WRAPPERS:
                    for prep in noun.children:
                        if prep.dep_ == "prep" and prep.lower_ == "of":
                            for pobj in prep.children:
                                if pobj.dep_ == "pobj":
                                    noun = pobj
                if noun.lower_ not in WRAPPERS:
                    return _plural(noun), noun
    if tok.dep_ in ("nsubjpass", "dobj", "nsubj") and head.lemma_ in CASUALTY_VERBS:
        return CASUALTY_VERBS[head.lemma_], None          # "12 were killed"
    return None, None


_COMPARATIVES = frozenset({"more", "fewer", "less"})


def _modifies_number(prev, start: int, end: int) -> bool:
    """Whether ``prev`` belongs to the number phrase spanning tokens start..end."""
    if not start <= prev.head.i <= end:
        return False
    return prev.dep_ in ("quantmod", "advmod") or (prev.dep_ == "amod"
                                                   and prev.lower_ in _COMPARATIVES)


def quantities_in(tokens: Iterable, clause_verb=None,
                  date_spans: list[Span] | None = None) -> list[Quantity]:
    """Counts among ``tokens`` (the event's clause), each with its unit; never dates, years,
    ordinals, times or money. Numbers whose unit cannot be found are left out."""
    out: list[Quantity] = []
    seen: set[int] = set()
    dates = date_spans or []
    for tok in tokens:
        if tok.i in seen or not (tok.like_num or tok.pos_ == "NUM"):
            continue
        if tok.lower_ in SCALES and tok.i > 0 and tok.nbor(-1).like_num:
            continue                                   # "million" of "1.5 million"
        if _is_excluded(tok, dates):
            continue
        got = _value(tok)
        if got is None:
            continue
        value, parts = got
        unit, noun = _unit(tok, clause_verb)
        if not unit:
            continue
        seen.update(p.i for p in parts)
        start = min([p.i for p in parts] + [c.i for c in tok.children
                                             if c.dep_ in ("quantmod", "advmod")])
        end = max(p.i for p in parts)
        # "about 5,200", "at least 12", "more than 200": the modifier hangs on the number or
        # on a word of the modifier already taken ("at" -> "least" -> "12")
        while start > 0 and _modifies_number(tok.doc[start - 1], start, end):
            start -= 1
        if noun is not None and noun.i > end and noun.i - end <= 4:
            end = noun.i
        span_tokens = tok.doc[start:end + 1]
        out.append(Quantity(value=value, unit=unit, text=span_tokens.text,
                            span=(span_tokens.start_char, span_tokens.end_char)))
    return out
