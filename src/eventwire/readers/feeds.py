"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one Document per item or entry.

Parsed incrementally with lxml's iterparse so a large feed never sits whole in memory;
a feed that breaks off yields its complete items first, then one E011 Failure.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

from lxml import etree

from eventwire.errors import InputError
from eventwire.model import Document, Failure
from eventwire.readers.common import normalise_date
from eventwire.readers.html import fragment_to_text

FEED_ROOTS = frozenset({"rss", "feed", "RDF", "channel"})
_ITEMS = frozenset({"item", "entry"})


def _local(tag: Any) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def _children(elem: etree._Element) -> dict[str, list[etree._Element]]:
    out: dict[str, list[etree._Element]] = {}
    for child in elem:
        out.setdefault(_local(child.tag), []).append(child)
    return out


def _text(elems: list[etree._Element] | None) -> str | None:
    if not elems:
        return None
    e = elems[0]
    # Atom content of type xhtml holds markup as child elements, not text.
    if len(e) and e.get("type") == "xhtml":
        s = etree.tostring(e, encoding="unicode", method="html")
    else:
        s = "".join(e.itertext())
    s = s.strip()
    return s or None


def _link(kids: dict[str, list[etree._Element]]) -> str | None:
    for e in kids.get("link", []):
        href = e.get("href")
        if href and e.get("rel", "alternate") == "alternate":
            return href.strip()
        if not href and (e.text or "").strip():
            return e.text.strip()
    for e in kids.get("link", []):
        if e.get("href"):
            return e.get("href").strip()
    return None


def item_to_document(elem: etree._Element, fallback_ref: str, path: str | None,
                     published: str | None = None) -> Document:
    """One <item> or <entry>; the longest of content/description/summary is the text."""
    kids = _children(elem)
    title = _text(kids.get("title"))
    url = _link(kids)
    guid = _text(kids.get("guid")) or _text(kids.get("id"))
    ref = url or guid or fallback_ref
    bodies = [_text(kids.get(k)) for k in ("encoded", "content", "description", "summary")]
    body = max((b for b in bodies if b), key=len, default=None)
    text = fragment_to_text(body) if body else ""
    if not text.strip():
        raise InputError("E002", doc_ref=ref, detail=" (feed item without description or content)")
    date_raw = (_text(kids.get("pubDate")) or _text(kids.get("published"))
                or _text(kids.get("date")) or _text(kids.get("updated")))
    cats = []
    for c in kids.get("category", []) + kids.get("subject", []):
        term = (c.get("term") or c.text or "").strip()
        if term and term not in cats:
            cats.append(term)
    author = _text(kids.get("creator")) or _text(kids.get("author"))
    return Document(
        text=text,
        doc_ref=ref,
        title=" ".join(title.split()) if title else None,
        url=url,
        published=normalise_date(date_raw) or published,
        author=" ".join(author.split()) if author else None,
        categories=cats,
        source_format="rss" if _local(elem.tag) == "item" else "atom",
        path=path,
    )


def read_feed(fh: IO[bytes], ref: str, path: str | None = None,
              published: str | None = None) -> Iterator[Document | Failure]:
    """Stream the items of a feed; a document that is XML but no feed gives E009."""
    parser = etree.iterparse(fh, events=("start", "end"), resolve_entities=False,
                             no_network=True, huge_tree=True, remove_comments=True)
    n = 0
    sitename: str | None = None
    depth = 0
    try:
        for event, elem in parser:
            tag = _local(elem.tag)
            if event == "start":
                depth += 1
                if depth == 1 and tag not in FEED_ROOTS:
                    yield Failure(ref, InputError("E009", doc_ref=ref, path=path or ref,
                                                  detail=f"XML with root <{tag}> is not an RSS or Atom feed"))
                    return
                continue
            depth -= 1
            if tag == "title" and sitename is None and depth in (1, 2):
                parent = elem.getparent()
                if parent is not None and _local(parent.tag) in ("channel", "feed"):
                    sitename = " ".join("".join(elem.itertext()).split()) or None
            if tag not in _ITEMS:
                continue
            n += 1
            try:
                doc = item_to_document(elem, f"{ref}:item{n}", path, published)
                doc.sitename = doc.sitename or sitename
                yield doc
            except InputError as exc:
                yield Failure(exc.doc_ref or f"{ref}:item{n}", exc)
            elem.clear()
            prev = elem.getprevious()
            while prev is not None:
                parent = elem.getparent()
                if parent is None:
                    break
                del parent[0]
                prev = elem.getprevious()
    except etree.XMLSyntaxError as exc:
        yield Failure(ref, InputError("E011", doc_ref=ref, detail=f"{exc} (after {n} item(s))"))
