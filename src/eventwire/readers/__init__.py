"""Readers: every input format becomes the same ``Document``.

``read_inputs(paths, published=None)`` streams Documents (or Failures) from files, folders,
globs and ``-``; ``read_text(text)`` makes one Document from a string. The format modules
(text, html, records, feeds, warc) can be used alone on already-open data.
"""

from eventwire.readers.common import decode_bytes, normalise_date, validate_published
from eventwire.readers.open import choose_kind, read_inputs, read_path, read_stream, read_text
from eventwire.readers.text import parse_plain_text, split_tag_line

__all__ = [
    "choose_kind", "decode_bytes", "normalise_date", "parse_plain_text", "read_inputs",
    "read_path", "read_stream", "read_text", "split_tag_line", "validate_published",
]
