"""Plain-text articles, as scrapers save them: an optional glued tag line, a title, the body.

Scrapers often flatten a page's tag links into one line with no separators
(``IraqMiddle EastNorth AmericaQasem Suleimani``). Left in the text, spaCy reads it as junk
entities ("IraqMiddle" ORG), so it is recognised, split back into tags and kept out of the
text that gets annotated. The title is kept apart for the same reason: a headline is a
fragment, not a sentence.
"""

from __future__ import annotations

import re

from eventwire.model import Document
from eventwire.readers.common import normalise_date

# Where two glued tags meet: "q|M" in IraqMiddle, "S|I" in USIraq, "9|I" in Covid-19Iraq.
_GLUE = re.compile(r"(?<=[a-z\u00df-\u00ff])(?=[A-Z\u00c0-\u00de])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[0-9])(?=[A-Z][a-z])")
# Name prefixes that legitimately carry an inner capital: McCain, MacArthur, DeSantis, LeBron.
_NAME_PREFIXES = frozenset({"Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "O", "Al", "El"})
# Brands and words that are written with an inner capital.
_INNER_CAPS = re.compile(r"(?:YouTube|TikTok|WhatsApp|LinkedIn|PlayStation|iPhone|iPad|eBay|PayPal|"
                         r"BlackRock|JPMorgan|OpenAI|SpaceX|FedEx|GlaxoSmithKline|PricewaterhouseCoopers)")
_SEPARATED = re.compile(r"\s*(?:\||·|•|/|»|;|,)\s*")
_SENTENCE_PUNCT = re.compile(r"[.!?;:\"“”()\[\]]")

MAX_TAG_LINE = 300
MAX_TAG_WORDS = 6
MAX_TITLE = 250


def _split_glued(line: str) -> list[str]:
    protected = [m.span() for m in _INNER_CAPS.finditer(line)]
    cuts: set[int] = set()
    for m in _GLUE.finditer(line):
        pos = m.start()
        if any(a < pos < b for a, b in protected):
            continue
        word_start = max(line.rfind(" ", 0, pos), line.rfind("-", 0, pos)) + 1
        if line[word_start:pos] in _NAME_PREFIXES:
            continue
        cuts.add(pos)
    for a, b in protected:  # a brand glued to its neighbours still separates them
        if a > 0 and line[a - 1] not in " -":
            cuts.add(a)
        if b < len(line) and line[b] not in " -":
            cuts.add(b)
    bounds = [0, *sorted(cuts), len(line)]
    return [p for p in (line[i:j].strip() for i, j in zip(bounds, bounds[1:])) if p]


def _is_tag(part: str) -> bool:
    words = part.split()
    if not words or len(words) > MAX_TAG_WORDS or len(part) > 60 or part.isdigit():
        return False
    # Tags are names: each word starts with a capital, a digit, or is a short joiner ("of").
    return all(w[0].isupper() or w[0].isdigit() or (w.islower() and len(w) <= 4) for w in words) \
        and (words[0][0].isupper() or words[0][0].isdigit())


def split_tag_line(line: str) -> list[str] | None:
    """The tags of a tag line, or None when the line does not look like one.

    A tag line is short, has no sentence punctuation, and is made of name-like parts that
    are either glued (a lower-case letter directly followed by a capital) or separated by
    ``|``, ``·``, ``•``, ``/`` or commas (then at least three parts, so that a headline like
    "Iraq | Press TV" is not mistaken for tags).
    """
    s = line.strip()
    if not s or len(s) > MAX_TAG_LINE or _SENTENCE_PUNCT.search(s.replace("...", "")):
        return None
    if s.lower().startswith(("tags", "topics")):
        return None
    pieces = [p for p in _SEPARATED.split(s) if p]
    if len(pieces) >= 3 and all(_is_tag(p) for p in pieces):
        tags = []
        for p in pieces:
            tags.extend(_split_glued(p))
        return tags if all(_is_tag(t) for t in tags) else None
    if len(pieces) > 1:
        return None
    parts = _split_glued(s)
    if len(parts) < 2 or not all(_is_tag(p) for p in parts):
        return None
    return parts


def looks_like_title(line: str) -> bool:
    """A headline: short, one line, and not ended like a sentence or a clause.

    (A lone date is no headline: parse_plain_text leaves it to ``clean``, which reads it
    as the dateline it is.)"""
    s = line.strip()
    if not s or len(s) > MAX_TITLE or len(s.split()) > 30:
        return False
    return s[-1] not in ".,;:" and not s.startswith(("-", "*", "•"))


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def parse_plain_text(text: str) -> tuple[list[str], str | None, str]:
    """Split a scraped page into (tags, title, body).

    The title is taken only when more text follows it, so that a one-line input stays text.
    """
    lines = _lines(text)
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    tags: list[str] = []
    if i < len(lines):
        found = split_tag_line(lines[i])
        if found:
            tags = found
            i += 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    title = None
    if i < len(lines):
        candidate = lines[i].strip()
        if candidate.startswith("#"):  # a Markdown heading
            candidate = candidate.lstrip("#").strip()
        rest = "\n".join(lines[i + 1:]).strip()
        if rest and looks_like_title(candidate) and normalise_date(candidate) is None:
            title = candidate
            i += 1
    body = "\n".join(lines[i:]).strip("\n")
    return tags, title, body


def read_plain_text(text: str, doc_ref: str, path: str | None = None,
                    published: str | None = None, source_format: str = "text") -> Document:
    """A Document from plain text; the tag line and title are kept out of ``text``."""
    tags, title, body = parse_plain_text(text)
    return Document(text=body, doc_ref=doc_ref, title=title, published=published, tags=tags,
                    source_format=source_format, path=path)
