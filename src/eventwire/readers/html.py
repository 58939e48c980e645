"""Web pages: main text and metadata through trafilatura; small HTML fragments by hand.

trafilatura keeps the article's paragraphs and drops navigation, share bars and footers,
and reads the title, date, site name, categories and tags from meta tags. Its date search
is restricted to what the page declares (no guessing from the text or the URL), because a
wrong publication date would shift every relative date in the article.
"""

from __future__ import annotations

import html as html_lib
import re

from eventwire.errors import InputError
from eventwire.model import Document
from eventwire.readers.common import normalise_date

_WORD = re.compile(r"[^\W\d_]{2,}")
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}


def read_html(markup: str, doc_ref: str, path: str | None = None, url: str | None = None,
              published: str | None = None, source_format: str = "html") -> Document:
    """A Document from a full HTML page; raises InputError E005 when no main text is found."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            markup, url=url, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as exc:  # trafilatura/lxml raise many kinds on garbage input
        raise InputError("E005", doc_ref=doc_ref, detail=f": {type(exc).__name__}: {exc}") from None
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if not _WORD.search(text):  # nothing, or only markup debris such as "<<<>>>"
        raise InputError("E005", doc_ref=doc_ref, detail="")
    return Document(
        text=text,
        doc_ref=doc_ref,
        title=_clean_meta(result.title),
        url=url or _clean_meta(result.url),
        published=normalise_date(result.date) or published,
        sitename=_clean_meta(result.sitename),
        author=_clean_meta(result.author),
        tags=_as_list(result.tags),
        categories=_as_list(result.categories),
        source_format=source_format,
        path=path,
        language=_clean_meta(getattr(result, "language", None)),
    )


def _clean_meta(value: object) -> str | None:
    if value is None:
        return None
    s = " ".join(str(value).split())
    return s or None


def _as_list(value: object) -> list[str]:
    if not value:
        return []
    items = value if isinstance(value, (list, tuple)) else str(value).split(",")
    out: list[str] = []
    for item in items:
        s = " ".join(str(item).split())
        if s and s not in out:
            out.append(s)
    return out


# ----------------------------------------------------------------------- fragments

_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
               "section", "article", "ul", "ol", "table", "pre", "figure", "figcaption", "header",
               "footer", "dd", "dt")
_BLOCK = re.compile(r"<\s*/?\s*(?:%s)\b[^>]*>" % "|".join(_BLOCK_TAGS), re.I)
_DROP = re.compile(r"<(script|style|noscript|iframe|svg)\b.*?</\1\s*>", re.I | re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_TAG = re.compile(r"<[^>]{0,2000}>")
_LOOKS_HTML = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*(?:\s[^>]*)?/?\s*>")


def fragment_to_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed item's description): block tags become line breaks.

    trafilatura is built for whole pages and throws away short fragments, so a small
    regular-expression pass serves better here (and costs microseconds).
    """
    if not fragment:
        return ""
    if not _LOOKS_HTML.search(fragment):
        return html_lib.unescape(fragment).strip()
    s = _COMMENT.sub(" ", fragment)
    s = _DROP.sub(" ", s)
    s = _BLOCK.sub("\n", s)
    s = _TAG.sub("", s)
    s = html_lib.unescape(s)
    lines = [" ".join(line.split()) for line in s.split("\n")]
    return "\n".join(line for line in lines if line)
