"""Cleaning: the text that gets annotated, and nothing else.

Scraped pages carry debris (share bars, "Back to top button", cookie notices, copyright
lines) that spaCy would parse as sentences and that would change the document's hash from
one scrape to the next. Cleaning normalises the characters, drops such lines, and takes a
glued tag line, a repeated title or a lone dateline off the top. It works on whole short
lines only — a debris phrase inside a sentence is never touched — so no body sentence is
lost. It is cheap (one pass over the lines, precompiled patterns) and idempotent:
``clean(clean(d)).text == clean(d).text``, so re-ingesting never changes a doc_id.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata

from eventwire.errors import InputError
from eventwire.model import Document
from eventwire.readers.common import normalise_date
from eventwire.readers.text import split_tag_line

# Characters that are spaces in disguise become spaces; invisible ones go. (Regular
# expressions: str.translate with a dict is ten times slower on long texts.)
_ODD_SPACE = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_INVISIBLE = re.compile("[\u200b\u200d\u2060\ufeff\u00ad]")
_ODD_BREAK = re.compile("[\u2028\u2029\x85]")
_ODD_ANY = re.compile("[\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff\u00ad\x85\t\f\v]")

_SOCIAL = (r"facebook|twitter|x|whatsapp|linkedin|telegram|e-?mail|print|reddit|pinterest|"
           r"messenger|copy link|tumblr|vk|flipboard|threads|bluesky|instagram|youtube|tiktok|"
           r"google news|share|tweet|sms")

#: (name, pattern, longest line it may match). Patterns must match the WHOLE line.
DEBRIS_PATTERNS: tuple[tuple[str, str, int], ...] = (
    ("back-to-top", r"(?:back|return|scroll) to (?:the )?top(?: button| of (?:the )?page)?", 40),
    ("share", r"(?:click to )?share(?: this| the)?(?: article| story| post| page| video)?"
              r"(?: (?:on|via|with|to) [\w .+-]{1,40}?)?(?: \(opens in new window\))?\s*:?", 80),
    ("social-bar", r"(?:(?:%s)\s*[|·•,/]?\s*){1,12}" % _SOCIAL, 160),
    ("read-more", r"(?:read|see|also read|read also|continue reading|watch|listen)(?: more| also)?"
                  r"(?:\s*[:»›>|–—-].{0,150}|\s*(?:»|›|>|\.\.\.|…))", 170),
    ("read-more-bare", r"(?:read more|continue reading|read full (?:story|article)|view comments|"
                       r"show comments|load more|more stories|see more|full story|"
                       r"listen to (?:this|the) (?:article|story)|\d+ min(?:ute)? read|"
                       r"reading time:? .{1,20}|loading\.*|print (?:this )?(?:article|page)|"
                       r"leave a (?:comment|reply)|\d* ?comments?|skip to (?:main )?content|"
                       r"(?:toggle |main )?menu|home|sign in|log ?in|register|search)", 40),
    ("follow", r"follow (?:us|me|@?[\w.]{1,30}) (?:on|at|via) .{1,80}", 110),
    ("follow-bare", r"follow us\s*:?", 20),
    ("subscribe", r"(?:subscribe|sign up)(?: now| today| here| free)?(?: (?:to|for|on) .{1,100})?"
                  r"\s*[.!:]?", 120),
    ("newsletter", r".{0,60}\b(?:sign up|subscribe|get|receive)\b.{0,60}\bnewsletters?\b.{0,60}|"
                   r".{0,60}\bnewsletters?\b.{0,40}\b(?:inbox|sign up|subscribe)\b.{0,40}", 180),
    ("advertisement", r"(?:advertisement|advertising|ads?|sponsored(?: content| post)?|promoted|"
                      r"(?:story|article) continues below(?: (?:this )?advertisement)?|"
                      r"continue reading (?:the main story|below)|scroll to continue(?: with content)?)\s*:?", 70),
    ("cookies", r"(?:we|this (?:web)?site|our (?:web)?site|this page|we and our partners) "
                r"(?:use|uses|are using|is using) cookies\b.*", 400),
    ("cookies-consent", r"(?:accept|allow|manage|reject|decline)(?: all)? cookies|"
                        r".{0,150}\b(?:we|our|you)\b.{0,100}\bcookies\b.{0,150}", 400),
    ("cookies-policy", r"(?:cookie|privacy) (?:policy|settings|preferences|notice|consent)\b.{0,100}", 120),
    ("cookies-continue", r"by (?:continuing|using|browsing)(?: to (?:use|browse))? (?:this|our) "
                         r"(?:web)?site.{0,250}", 300),
    ("related", r"(?:related(?: articles| stories| posts| news| content| coverage| topics| links)?|"
                r"you (?:may|might) (?:also )?like|recommended(?: for you| stories)?|"
                r"most (?:read|popular|viewed|shared)|trending(?: now| stories)?|top stories|"
                r"latest (?:news|stories)|more (?:from|on|in) .{1,40}|don'?t miss|editor'?s picks?|"
                r"also on .{1,30})\s*:?", 60),
    ("related-link", r"related\s*:.{1,150}", 160),
    ("tags-line", r"(?:tags?|topics?|keywords|filed under|categories|category)\s*:.{0,200}", 220),
    ("tags-bare", r"(?:tags?|topics?|keywords|filed under|categories)", 20),
    ("copyright", r"(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4})|all rights reserved).{0,200}", 220),
    ("rights-reserved", r".{1,150}\ball rights reserved\.?", 170),
    ("image-credit", r".{0,120}\b(?:image|photo|picture|photograph)s?(?: credit)?\s*:\s*[^.!?]{1,60}\.?", 180),
    ("photo-by", r"\(?(?:file )?(?:image|photo|picture)s?\s*(?:by|credit|courtesy(?: of)?)\s*:?[^.!?]{1,60}\)?\.?", 80),
    ("symbols", r"[^\w]+", 200),
)

_MAX_DEBRIS = max(n for _, _, n in DEBRIS_PATTERNS)
_DEBRIS = [(name, re.compile(p, re.I), n) for name, p, n in DEBRIS_PATTERNS]
_ONE_DEBRIS = re.compile("|".join(f"(?:{p})" for _, p, _ in DEBRIS_PATTERNS), re.I)
_TAGS_LINE = re.compile(r"(?:tags?|topics?|keywords)\s*:\s*(.+)", re.I)
_DATELINE = re.compile(
    r"(?:(?:published|updated|posted|last updated|first published)(?: on)?\s*:?\s*)?"
    r"((?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?\s+)?"
    r"(?:\w{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\w{3,9}\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})"
    r"(?:[,\s|–—-]+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?)?)\s*(?:[|–—-]\s*\w.{0,40})?",
    re.I)


def normalise_text(text: str) -> str:
    """NFC, odd spaces to spaces, runs of spaces to one, lines trimmed, at most one blank line."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        if "\u00a0" in text:  # by far the most common: a plain replace is cheapest
            text = text.replace("\u00a0", " ")
        if _ODD_ANY.search(text):
            text = _ODD_BREAK.sub("\n", _INVISIBLE.sub("", _ODD_SPACE.sub(" ", text)))
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    elif "\t" in text or "\f" in text or "\v" in text:
        text = _ODD_SPACE.sub(" ", text)
    while "  " in text:  # faster than a regular expression: runs are short, each pass halves them
        text = text.replace("  ", " ")
    return "\n".join(_norm_lines(text.split("\n")))


def _norm_lines(lines: list[str]) -> list[str]:
    out: list[str] = []
    blank = False
    for line in lines:
        line = line.strip()
        if not line:
            blank = bool(out)
            continue
        if blank:
            out.append("")
            blank = False
        out.append(line)
    return out


# Lines longer than this are tested against the patterns only when they start with a word
# that long debris starts with, or hold one of a few telltale phrases: most body lines are
# long, and running two dozen patterns over each of them would cost more than all the rest.
_SHORT = 45
_STARTS = frozenset("""read see also continue watch listen follow subscribe sign cookie cookies
    privacy we this our by related tags tag topics topic keywords keyword filed categories category
    © (c) copyright all share click more you most trending top latest don't dont editor's editors
    story article scroll advertisement sponsored skip print leave loading reading facebook
    image images photo photos picture file
    twitter whatsapp telegram email e-mail linkedin""".split())
_TELLTALE = ("cookie", "rights reserved", "newsletter", "image", "photo", "picture")


def _may_be_long_debris(s: str) -> bool:
    low = s.lower()
    first = low.split(None, 1)[0].strip(":»›|-–—") if low else ""
    return (first in _STARTS or any(t in low for t in _TELLTALE)
            or not any(ch.isalnum() for ch in s))


def debris_kind(line: str) -> str | None:
    """Which debris pattern a whole line matches, or None: a line that is content."""
    s = line.strip()
    if len(s) > _MAX_DEBRIS:
        return None
    if len(s) > _SHORT and not _may_be_long_debris(s):
        return None
    if not _ONE_DEBRIS.fullmatch(s):
        return None
    for name, rx, limit in _DEBRIS:
        if len(s) <= limit and rx.fullmatch(s):
            return name
    return None


def _same(a: str, b: str | None) -> bool:
    if not b:
        return False
    return " ".join(a.split()).casefold().rstrip(" .") == " ".join(b.split()).casefold().rstrip(" .")


def _dateline(line: str) -> str | None:
    if len(line) > 80:
        return None
    m = _DATELINE.fullmatch(line)
    return normalise_date(m.group(1)) if m else None


_EN_WORDS = frozenset("""the of and to in a is was on for that said with by at from as it he
    his has have were are be an this which after its their who had not but they been will""".split())
_PUNCT = ".,;:!?\"'()[]“”‘’"


def guess_language(text: str) -> str | None:
    """'en' when English function words make up a good share of the words, else None.

    Only English is told apart (the models are English); other text stays unknown rather
    than mislabelled. English news runs at 30-40 % function words, French or German text
    under 5 % of these.
    """
    words = text[:3000].lower().split()
    if len(words) < 8:
        return None
    hits = sum(1 for w in words if w.strip(_PUNCT) in _EN_WORDS)
    return "en" if hits / len(words) >= 0.2 else None


def _language(declared: str | None, text: str) -> str | None:
    if declared:
        primary = declared.strip().replace("_", "-").split("-")[0].lower()
        if primary.isalpha() and 2 <= len(primary) <= 3:
            return primary
    return guess_language(text)


def clean_report(doc: Document) -> tuple[Document, list[str]]:
    """``clean`` that also returns the dropped lines (for W002 reports and debugging)."""
    lines = normalise_text(doc.text).split("\n")
    dropped: list[str] = []
    tags = list(doc.tags)
    published = doc.published
    kept: list[str] = []
    for line in lines:
        if line and len(line) <= _MAX_DEBRIS:
            kind = debris_kind(line)
            if kind is not None:
                if kind == "tags-line" and not tags:
                    m = _TAGS_LINE.fullmatch(line)
                    if m:
                        tags = [t.strip() for t in re.split(r"[,;|·•]", m.group(1)) if t.strip()]
                dropped.append(line)
                continue
        kept.append(line)
    # The top of the page: tag line, repeated title, dateline, in any order.
    while True:
        while kept and not kept[0]:
            kept.pop(0)
        if not kept:
            break
        first = kept[0]
        if (day := _dateline(first)) is not None:
            published = published or day
        elif not tags and (found := split_tag_line(first)) and len(kept) > 1:
            tags = found
        elif _same(first, doc.title) and len(kept) > 1:
            pass
        else:
            break
        dropped.append(kept.pop(0))
    text = "\n".join(_norm_lines(kept))
    if not text:
        raise InputError("E002", doc_ref=doc.doc_ref, detail=" (only page debris, title or tags)")
    language = _language(doc.language, text)
    return dataclasses.replace(doc, text=text, tags=tags, published=published, language=language,
                               cleaned=True), dropped


def clean(doc: Document) -> Document:
    """The cleaned copy of a document (the input is not changed).

    Raises InputError E002 when nothing but debris is left. The doc_id (a hash of
    ``text``) is computed on the result, so the same article scraped twice with different
    share bars gets the same id.
    """
    return clean_report(doc)[0]
