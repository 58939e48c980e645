"""The per-document stages composed: annotate -> actors -> events (dates, places, counts,
attribution) for a stream of cleaned Documents.

Why one object: the spaCy model and the actor tables load once (``Pipeline()``), then any number
of documents stream through ``process`` in batches. One document failing (a parser or rule bug
on odd text) yields a ``Failure`` for that document and the stream goes on.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from datetime import date

from eventwire.actors.counterpart import domestic_counterparts
from eventwire.annotate import Annotated, Annotator
from eventwire.attribution import AttributionMemory, note_sentence
from eventwire.errors import EventwireError, InputError
from eventwire.events.candidates import conditional_forms
from eventwire.events.extract import Context, extract_sentence
from eventwire.events.lexicon import phrasal_forms, trigger_forms
from eventwire.model import Document, Event, Failure
from eventwire.when import resolve_dates

log = logging.getLogger(__name__)


def _actors_stage():
    """DocActors, where.locate and where.home_ground, when those stages are installed (they
    are separate modules); without them events keep entity-text actors and no location."""
    try:
        from eventwire.actors.resolve import DocActors
    except ImportError:
        DocActors = None
    try:
        from eventwire.where import home_ground, locate
    except ImportError:
        locate = home_ground = None
    return DocActors, locate, home_ground


class Pipeline:
    """Documents in, events out; the model is loaded once, in ``__init__``."""

    def __init__(self, model: str | None = None, mode: str = "fast",
                 ner_scope: str = "all", skip_idle: bool = True,
                 actor_dictionaries: Sequence[str | os.PathLike] = (),
                 actors_as_of: str | date | None = None) -> None:
        """``ner_scope``: where the entity recognizer runs (``eventwire.annotate``); "names"
        is about 18% cheaper end to end but changes a few actors (docs/benchmarks.md).
        ``skip_idle``: do not parse sentences whose trigger verbs all lack the object words
        they need (``events.candidates``); no event is lost.
        ``actor_dictionaries``: the user's actor dictionaries (TABARI/PETRARCH .actors,
        agents files, eventwire TSV; ``eventwire.actors.dictionary``) layered over the
        built-in knowledge base, read once here (a bad path raises E023 before the model
        loads); ``actors_as_of`` (YYYY-MM-DD) picks their date-restricted codes in force
        that day."""
        self.actor_dictionaries: tuple[str, ...] = tuple(str(p) for p in actor_dictionaries)
        self.actors_as_of = str(actors_as_of) if actors_as_of and self.actor_dictionaries \
            else None
        self.kb = None
        if self.actor_dictionaries:
            from eventwire.actors.dictionary import load_knowledge_base

            self.kb = load_knowledge_base(self.actor_dictionaries, self.actors_as_of)
        self.annotator = Annotator(model, mode=mode, trigger_words=trigger_forms(),
                                   pair_words=phrasal_forms(), ner_scope=ner_scope,
                                   needs_words=conditional_forms() if skip_idle else None)
        self._DocActors, self._locate, self._home_ground = _actors_stage()

    @property
    def nlp(self):
        return self.annotator.nlp

    # -- batches ------------------------------------------------------------------------
    def process(self, docs: Iterable[Document], batch_size: int = 64
                ) -> Iterator[tuple[Document, list[Event]] | Failure]:
        """Yield ``(doc, events)`` per document, in order, or a ``Failure`` for one that
        could not be processed; docs should already be cleaned."""
        buffer: list[Document] = []
        for doc in docs:
            if isinstance(doc, Failure):
                yield doc
                continue
            buffer.append(doc)
            if len(buffer) >= batch_size:
                yield from self._batch(buffer, batch_size)
                buffer = []
        if buffer:
            yield from self._batch(buffer, batch_size)

    def _batch(self, docs: list[Document], batch_size: int
               ) -> Iterator[tuple[Document, list[Event]] | Failure]:
        try:
            annotated = list(self.annotator.annotate([d.text for d in docs], batch_size))
        except Exception:                      # one bad text spoils the batch: go one by one
            for doc in docs:
                try:
                    ann = self.annotator.annotate_one(doc.text)
                except Exception as exc:       # noqa: BLE001 - reported as a Failure
                    yield Failure(doc.doc_ref, _as_error(exc, doc))
                    continue
                yield from self._events_or_failure(doc, ann)
            return
        for doc, ann in zip(docs, annotated):
            yield from self._events_or_failure(doc, ann)

    def _events_or_failure(self, doc: Document, ann: Annotated):
        try:
            yield doc, self.events(doc, ann)
        except EventwireError as exc:
            yield Failure(doc.doc_ref, exc)
        except Exception as exc:               # noqa: BLE001 - reported as a Failure
            log.debug("extraction failed for %s", doc.doc_ref, exc_info=True)
            yield Failure(doc.doc_ref, _as_error(exc, doc))

    # -- one document -------------------------------------------------------------------
    def extract_doc(self, doc: Document) -> list[Event]:
        """Events of one cleaned document (raises on failure, unlike ``process``)."""
        return self.events(doc, self.annotator.annotate_one(doc.text))

    def events(self, doc: Document, ann: Annotated) -> list[Event]:
        """Events from an annotated document: sentence by sentence, in text order, so that
        dates and report authors carry forward."""
        sdoc = ann.doc
        doc_actors = None
        if self._DocActors is not None:
            try:
                doc_actors = self._DocActors(sdoc) if self.kb is None else \
                    self._DocActors(sdoc, kb=self.kb)
            except Exception:                  # noqa: BLE001 - degrade to entity actors
                log.warning("actor resolution failed for %s", doc.doc_ref, exc_info=True)
        ctx = Context(doc_id=doc.doc_id, doc_ref=doc.doc_ref, doc_actors=doc_actors,
                      dates=resolve_dates(doc.text, doc.published, doc.doc_ref),
                      memory=AttributionMemory(), locate=self._locate,
                      published=doc.published)
        events: list[Event] = []
        for sent in ann.parsed:
            note_sentence(sent, ctx.memory)
            events.extend(extract_sentence(sent, ctx))
        events = domestic_counterparts(events, doc_actors)
        if self._home_ground is not None:
            events = self._home_ground(events, doc_actors)
        return events


def _as_error(exc: Exception, doc: Document) -> EventwireError:
    return InputError("E022", doc_ref=doc.doc_ref, detail=f"{type(exc).__name__}: {exc}")


_DEFAULT: dict[tuple, Pipeline] = {}


def _dict_key(actor_dictionaries: Sequence[str | os.PathLike] | str | None) -> tuple[str, ...]:
    if not actor_dictionaries:
        return ()
    if isinstance(actor_dictionaries, (str, os.PathLike)):
        actor_dictionaries = (actor_dictionaries,)
    return tuple(str(p) for p in actor_dictionaries)


def default_pipeline(model: str | None = None,
                     actor_dictionaries: Sequence[str | os.PathLike] = (),
                     actors_as_of: str | None = None) -> Pipeline:
    """One Pipeline per process, model and set of actor dictionaries (the Python API reuses
    it between calls; the spaCy model itself is shared by all of them)."""
    dicts = _dict_key(actor_dictionaries)
    key = (model or "", dicts, str(actors_as_of) if dicts and actors_as_of else None)
    if key not in _DEFAULT:
        _DEFAULT[key] = Pipeline(model, actor_dictionaries=dicts,
                                 actors_as_of=key[2])
    return _DEFAULT[key]


def extract(text: str, published: str | None = None, doc_ref: str = "<text>",
            actor_dictionaries: Sequence[str | os.PathLike] = (),
            pipeline: Pipeline | None = None) -> list[Event]:
    """Events of one article given as text: the Python API (``eventwire.extract``).

    The text is read and cleaned like a file (tag lines and page debris dropped).
    ``actor_dictionaries``: paths of actor dictionaries to use on top of the built-in
    knowledge base (see docs/actor-dictionaries.md); or pass a ready ``pipeline``.
    """
    from eventwire.clean import clean
    from eventwire.readers.open import read_text

    doc = clean(read_text(text, doc_ref=doc_ref, published=published))
    pipe = pipeline or default_pipeline(actor_dictionaries=_dict_key(actor_dictionaries))
    return pipe.extract_doc(doc)


def extract_sentences(sentences: Iterable[str], published: str | None = None,
                      batch_size: int = 64,
                      actor_dictionaries: Sequence[str | os.PathLike] = (),
                      pipeline: Pipeline | None = None) -> list[list[Event]]:
    """Events of each sentence on its own (for scoring on gold sentences), batched.
    ``actor_dictionaries`` / ``pipeline`` as for ``extract``."""
    pipe = pipeline or default_pipeline(actor_dictionaries=_dict_key(actor_dictionaries))
    docs = [Document(text=s, doc_ref=f"<sentence {i}>", published=published, cleaned=True)
            for i, s in enumerate(sentences)]
    out: list[list[Event]] = []
    for item in pipe.process(docs, batch_size=batch_size):
        out.append([] if isinstance(item, Failure) else item[1])
    return out
