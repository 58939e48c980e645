"""Accuracy against public gold standards: ``eventwire eval``.

Why these rules: a number is only worth reporting if it cannot be tuned into shape by
accident. Each dataset is split once, mechanically (even/odd file position, or the
authors' train/test files), rules are tuned on ``dev`` only, and the held-out figures are
printed as aggregates: this module never prints a held-out sentence.

Scoring, per sentence: a predicted event matches a gold event of the same PLOVER type
(each counted at most once); type precision / recall / F1 per type and micro overall.
Over matched pairs: source / target country accuracy where the gold country is known,
mode accuracy where the gold mode is one eventwire can emit. Null predictions are counted
apart from wrong ones (unknown stays null; a wrong country is worse than none).

For sentence classes (ConfliBERT) the sentence takes the class of its most confident event
(``event_class``: ``eventwire.events.cameo.penta_class`` of its type, mode and trigger words,
so that a REQUEST is an appeal, class 0, or a demand, class 3; an act only supposed or
denied is a statement, class 0; cooperation told as not done is a refusal, class 3); a
sentence with no event falls back to class 0,
statements and appeals, because that is the CAMEO class PLOVER leaves uncoded (public
statements, CAMEO 01): a news sentence in which no PLOVER event is found is most often
somebody saying something.

The extractor is passed in (``extractor=``), so tests and experiments can score any
function ``list[str] -> list[list[Event]]``; the default is
``eventwire.pipeline.extract_sentences``.
"""

from __future__ import annotations

import datetime as _dt
import os
import subprocess
import time
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

import click

from eventwire.cli import actor_options, load_actor_dictionaries
from eventwire.errors import EvaluationError, EventwireWarning, UsageError
from eventwire.events.cameo import PENTA_LABELS, penta_class
from eventwire.events.lexicon import request_force
from eventwire.gold import GoldEvent, GoldSentence, select
from eventwire.model import PLOVER_TYPES, Event

Extractor = Callable[[list[str]], list[list[Event]]]

#: The class a sentence gets when no event is found in it (see the module docstring).
FALLBACK_CLASS = 0
NONE = "(none)"


# -- counting ---------------------------------------------------------------------------------

@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn


@dataclass
class Accuracy:
    """A field checked over matched events: right, wrong, or left null."""

    correct: int = 0
    wrong: int = 0
    null: int = 0

    @property
    def n(self) -> int:
        return self.correct + self.wrong + self.null

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.n if self.n else None

    def add(self, predicted: str | None, gold: frozenset[str] | str) -> None:
        if predicted is None:
            self.null += 1
        elif predicted in (gold if isinstance(gold, frozenset) else {gold}):
            self.correct += 1
        else:
            self.wrong += 1


@dataclass
class EventScores:
    dataset: str
    split: str
    sentences: int = 0
    gold_events: int = 0
    predicted_events: int = 0
    unscored_codings: int = 0          # gold codings with no PLOVER counterpart
    seconds: float = 0.0
    per_type: dict[str, PRF] = field(default_factory=lambda: {t: PRF() for t in PLOVER_TYPES})
    source_country: Accuracy = field(default_factory=Accuracy)
    target_country: Accuracy = field(default_factory=Accuracy)
    source_sector: Accuracy = field(default_factory=Accuracy)
    target_sector: Accuracy = field(default_factory=Accuracy)
    mode: Accuracy = field(default_factory=Accuracy)
    #: (gold type, predicted type) for events left unmatched in a sentence; NONE = nothing
    confusions: Counter = field(default_factory=Counter)
    #: predicted modality of false positives (is the noise hedged or asserted?)
    fp_modality: Counter = field(default_factory=Counter)
    #: (role, cause) -> n for matched events whose actor country is not right
    #: (``country_miss_cause``): counts only, so held-out halves can be diagnosed unread
    country_misses: Counter = field(default_factory=Counter)
    #: dev only: (sentence, gold types, predicted types) where they differ, for --show-errors
    examples: list[tuple[str, list[str], list[str]]] = field(default_factory=list)

    @property
    def micro(self) -> PRF:
        return PRF(sum(c.tp for c in self.per_type.values()),
                   sum(c.fp for c in self.per_type.values()),
                   sum(c.fn for c in self.per_type.values()))


@dataclass
class ClassScores:
    dataset: str
    split: str
    sentences: int = 0
    correct: int = 0
    no_event: int = 0                  # sentences that fell back to FALLBACK_CLASS
    no_event_correct: int = 0
    majority_class: int | None = None  # the dev split's most frequent class (a baseline)
    majority_correct: int = 0
    seconds: float = 0.0
    per_class: dict[int, PRF] = field(default_factory=lambda: {c: PRF() for c in PENTA_LABELS})
    confusion: Counter = field(default_factory=Counter)   # (gold, predicted) -> n
    #: (type of the sentence's most confident event or NONE, gold class) -> n
    by_type: Counter = field(default_factory=Counter)
    #: dev only: (sentence, gold class, predicted class, top event type) where they differ
    examples: list[tuple[str, int, int, str]] = field(default_factory=list)

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.sentences if self.sentences else None

    @property
    def macro_f1(self) -> float | None:
        f = [c.f1 or 0.0 for c in self.per_class.values() if c.support]
        return sum(f) / len(f) if f else None


# -- matching and scoring ---------------------------------------------------------------------

def _country(ev: Event, role: str) -> str | None:
    actor = getattr(ev, role)
    return actor.country if actor is not None else None


#: Why an actor country is not right, in the order they are tested.
MISS_CAUSES: tuple[str, ...] = ("no actor", "actor without a country", "roles swapped",
                                "another country")


def country_miss_cause(gold: GoldEvent, pred: Event, role: str) -> str | None:
    """Why the predicted ``role`` country misses the gold one (None when it is right): no
    actor at all, an actor with no country, the other side's country (source and target
    swapped), or another country."""
    wanted = gold.source_countries if role == "source" else gold.target_countries
    other = gold.target_countries if role == "source" else gold.source_countries
    actor = getattr(pred, role)
    if actor is None:
        return MISS_CAUSES[0]
    if actor.country is None:
        return MISS_CAUSES[1]
    if actor.country in wanted:
        return None
    return MISS_CAUSES[2] if actor.country in other else MISS_CAUSES[3]


def _sector(ev: Event, role: str) -> str | None:
    actor = getattr(ev, role)
    return actor.sector if actor is not None else None


def _agreement(gold: GoldEvent, pred: Event) -> int:
    """How many of the gold's known fields the prediction gets right (to pair events well
    when a sentence holds several of one type)."""
    return (int(_country(pred, "source") in gold.source_countries)
            + int(_country(pred, "target") in gold.target_countries)
            + int(gold.mode is not None and pred.mode == gold.mode))


def match(gold: Sequence[GoldEvent], predicted: Sequence[Event]
          ) -> tuple[list[tuple[GoldEvent, Event]], list[GoldEvent], list[Event]]:
    """Pair gold and predicted events of the same type in one sentence, each used once.

    Returns the pairs, the gold events left unmatched, the predicted events left over."""
    free = list(predicted)
    pairs: list[tuple[GoldEvent, Event]] = []
    missed: list[GoldEvent] = []
    for g in gold:
        same = [p for p in free if p.type == g.type]
        if not same:
            missed.append(g)
            continue
        best = max(same, key=lambda p: (_agreement(g, p), p.confidence))
        free.remove(best)
        pairs.append((g, best))
    return pairs, missed, free


def score_events(sentences: Sequence[GoldSentence], predictions: Sequence[Sequence[Event]],
                 dataset: str = "", split: str = "") -> EventScores:
    """Type P/R/F1 and field accuracies of predictions against gold, sentence by sentence."""
    if len(sentences) != len(predictions):
        raise EvaluationError("E081", detail=f"{len(predictions)} predictions for "
                                             f"{len(sentences)} sentences")
    s = EventScores(dataset=dataset, split=split, sentences=len(sentences))
    for sent, preds in zip(sentences, predictions):
        preds = [p for p in preds if p.type in s.per_type]
        s.gold_events += len(sent.events)
        s.predicted_events += len(preds)
        s.unscored_codings += sent.unscored
        pairs, missed, extra = match(sent.events, preds)
        for g, p in pairs:
            s.per_type[g.type].tp += 1
            for role in ("source", "target"):
                wanted = g.source_countries if role == "source" else g.target_countries
                if not wanted:
                    continue
                getattr(s, f"{role}_country").add(_country(p, role), wanted)
                cause = country_miss_cause(g, p, role)
                if cause is not None:
                    s.country_misses[(role, cause)] += 1
            if g.source_sectors:
                s.source_sector.add(_sector(p, "source"), g.source_sectors)
            if g.target_sectors:
                s.target_sector.add(_sector(p, "target"), g.target_sectors)
            if g.mode is not None:
                s.mode.add(p.mode, g.mode)
        for g in missed:
            s.per_type[g.type].fn += 1
        for p in extra:
            s.per_type[p.type].fp += 1
            s.fp_modality["negated" if p.negated else p.modality] += 1
        # what the sentence got instead: pair leftovers in order, the rest against nothing
        for i in range(max(len(missed), len(extra))):
            g_type = missed[i].type if i < len(missed) else NONE
            p_type = extra[i].type if i < len(extra) else NONE
            s.confusions[(g_type, p_type)] += 1
        if (missed or extra) and sent.split == "dev":
            s.examples.append((sent.text, [g.type for g in sent.events], [p.type for p in preds]))
    return s


#: Modalities under which a sentence only says something about an act: it considers or
#: supposes it (CAMEO 014, "consider policy option") or denies it (CAMEO 016, "deny
#: responsibility"). Both are CAMEO statements, class 0, whatever the act.
STATEMENT_MODALITIES = frozenset(("hypothetical", "denied"))


def event_class(e: Event) -> int | None:
    """The penta-class a sentence gets from one of its events: that of its type, mode and
    trigger words (a REQUEST made by "demanded" is a demand, class 3; by "urged" an appeal,
    class 0); an act of cooperation told as not done ("will not accept the proposal",
    "cannot take more refugees") is a refusal, CAMEO 12, class 3; an act only supposed or
    denied is a statement, class 0."""
    c = penta_class(e.type, e.mode, e.trigger)
    if c is None:
        return None
    if e.negated and c in (1, 2):
        return 3
    if e.modality in STATEMENT_MODALITIES:
        return FALLBACK_CLASS
    return c


def event_label(e: Event) -> str:
    """How an event is shown in the type-against-class table: its type, REQUESTs with
    their force ("REQUEST/demand"), refused cooperation ("AGREE/refused") and supposed or
    denied acts ("ASSAULT/supposed") apart."""
    if e.negated and penta_class(e.type, e.mode) in (1, 2):
        return f"{e.type}/refused"
    if e.modality in STATEMENT_MODALITIES:
        return f"{e.type}/supposed"
    if e.type == "REQUEST":
        return f"REQUEST/{request_force(e.trigger) or 'appeal'}"
    return e.type


def _label_class(label: str) -> int | None:
    typ, _, kind = label.partition("/")
    if kind == "supposed":
        return FALLBACK_CLASS
    if kind == "refused":
        return 3
    return penta_class(typ, None, kind or None)


def top_event(events: Sequence[Event]) -> Event | None:
    """The sentence's most confident event with a class (the first one on ties).

    An event the sentence says happened outranks one it denies or only supposes: "X is
    considering aid" is not a sentence about aid being given."""
    def rank(e: Event) -> tuple[bool, float]:
        factual = not e.negated and e.modality not in STATEMENT_MODALITIES
        return (factual, e.confidence)

    best: Event | None = None
    for e in events:
        if penta_class(e.type, e.mode) is not None and (best is None or rank(e) > rank(best)):
            best = e
    return best


def sentence_class(events: Sequence[Event]) -> int | None:
    """The penta-class of the sentence's most confident event (``event_class``), None
    without events."""
    top = top_event(events)
    return None if top is None else event_class(top)


def score_classes(sentences: Sequence[GoldSentence], predictions: Sequence[Sequence[Event]],
                  dataset: str = "", split: str = "",
                  majority_class: int | None = None) -> ClassScores:
    """Sentence-class accuracy and per-class P/R/F1 (ConfliBERT-style labels)."""
    if len(sentences) != len(predictions):
        raise EvaluationError("E081", detail=f"{len(predictions)} predictions for "
                                             f"{len(sentences)} sentences")
    s = ClassScores(dataset=dataset, split=split, majority_class=majority_class)
    for sent, preds in zip(sentences, predictions):
        if sent.label is None:
            continue
        s.sentences += 1
        top = top_event(preds)
        s.by_type[(event_label(top) if top else NONE, sent.label)] += 1
        pred = None if top is None else event_class(top)
        if pred is None:
            pred = FALLBACK_CLASS
            s.no_event += 1
            s.no_event_correct += int(sent.label == FALLBACK_CLASS)
        s.confusion[(sent.label, pred)] += 1
        if pred != sent.label and sent.split == "dev":
            s.examples.append((sent.text, sent.label, pred, event_label(top) if top else NONE))
        if pred == sent.label:
            s.correct += 1
            s.per_class[pred].tp += 1
        else:
            s.per_class[pred].fp += 1
            s.per_class[sent.label].fn += 1
        s.majority_correct += int(majority_class is not None and sent.label == majority_class)
    return s


# -- running an extractor over gold ---------------------------------------------------------

def default_extractor(actor_dictionaries: Sequence[str] = (),
                      actors_as_of: str | None = None) -> Extractor:
    """eventwire's own sentence extractor (the events engineer's pipeline), with the user's
    actor dictionaries over the built-in knowledge base when some are given."""
    try:
        from eventwire.pipeline import default_pipeline, extract_sentences
    except ImportError as exc:
        raise EvaluationError("E082", detail=str(exc)) from exc
    if not actor_dictionaries:
        return lambda texts: extract_sentences(texts)
    pipe = default_pipeline(actor_dictionaries=tuple(actor_dictionaries),
                            actors_as_of=actors_as_of)
    return lambda texts: extract_sentences(texts, pipeline=pipe)


def predict(sentences: Sequence[GoldSentence], extractor: Extractor
            ) -> tuple[list[list[Event]], float]:
    """Run the extractor over the gold sentences in one batch; returns events and seconds."""
    start = time.perf_counter()
    with warnings.catch_warnings():   # W001 (no publication date) for every gold sentence:
        warnings.simplefilter("ignore", EventwireWarning)   # dates are not scored here
        out = [list(evs) for evs in extractor([s.text for s in sentences])]
    if len(out) != len(sentences):
        raise EvaluationError("E081", detail=f"the extractor returned {len(out)} results "
                                             f"for {len(sentences)} sentences")
    return out, time.perf_counter() - start


def evaluate(gold: Sequence[GoldSentence], extractor: Extractor, dataset: str = "",
             split: str = "all") -> EventScores:
    """Score an extractor on event-coded gold (PLOVER GSR, PETRARCH2 GSR) for one split."""
    chosen = select(gold, split)
    preds, seconds = predict(chosen, extractor)
    scores = score_events(chosen, preds, dataset=dataset, split=split)
    scores.seconds = seconds
    return scores


def evaluate_classes(gold: Sequence[GoldSentence], extractor: Extractor, dataset: str = "",
                     split: str = "all") -> ClassScores:
    """Score an extractor on class-labelled gold (ConfliBERT) for one split; the majority
    baseline is the dev split's most frequent class, so it never peeks at held-out labels."""
    dev_labels = Counter(s.label for s in gold if s.split == "dev" and s.label is not None)
    majority = dev_labels.most_common(1)[0][0] if dev_labels else None
    chosen = select(gold, split)
    preds, seconds = predict(chosen, extractor)
    scores = score_classes(chosen, preds, dataset=dataset, split=split, majority_class=majority)
    scores.seconds = seconds
    return scores


def evaluate_actor_spans(path: str | Path, extractor: Extractor, split: str):
    """Actor spans on ConfliBERT's ``cameo_ner`` beside the ``cameo_class`` folder at
    ``path`` (None when the dataset has no such folder)."""
    from eventwire.evaluate_actors import score_actor_spans
    from eventwire.gold.conflibert_ner import load_conflibert_actors

    root = Path(path)
    root = root.parent if root.name == "cameo_class" else root
    if not (root / "cameo_ner").is_dir():
        return None
    chosen = select(load_conflibert_actors(root), split)
    preds, seconds = predict(chosen, extractor)
    return score_actor_spans(chosen, preds, dataset="conflibert-ner", split=split)


# -- the run as the CLI does it -------------------------------------------------------------

DATA_DIRS: tuple[str, ...] = ("../shared/data", "shared/data", "../../shared/data")
DEFAULT_PATHS: dict[str, str] = {
    "plover": "plover-gsr/PLOVER_GSR_CAMEO.txt",
    "petrarch": "petrarch2-gsr-ud/PETR2_GSR_validation.xml",
    "conflibert": "conflibert-cameo/cameo_class",
}
#: The project's own coded sentences, found from the checkout's root (not ../shared/data).
PROJECT_PATHS: dict[str, str] = {"sentences": "tests/fixtures/sentences/coded.json"}
DATASET_TITLES: dict[str, str] = {
    "plover": "PLOVER GSR (CAMEO manual examples, PLOVER 0.5b1 mapped to current)",
    "petrarch": "PETRARCH2 GSR (AFP/Reuters-style sentences, CAMEO codes mapped to PLOVER)",
    "conflibert": "ConfliBERT cameo_class (news sentences, CAMEO penta-class)",
    "sentences": "eventwire's coded sentences (written and coded by the project, not "
                 "independent)",
}


def default_path(name: str) -> Path | None:
    """Where the dataset lies when no path is given: ../shared/data/... from the current
    directory (the layout of the project's checkout), or None."""
    if name in PROJECT_PATHS:
        p = Path(PROJECT_PATHS[name])
        return p if p.exists() else None
    for base in DATA_DIRS:
        p = Path(base) / DEFAULT_PATHS[name]
        if p.exists():
            return p
    return None


def load(name: str, path: str | Path) -> list[GoldSentence]:
    from eventwire.gold.conflibert import load_conflibert
    from eventwire.gold.petrarch import load_petrarch
    from eventwire.gold.plover import load_plover

    if not Path(path).exists():
        raise EvaluationError("E080", path=str(path), detail="no such file or folder")
    loader = {"plover": load_plover, "petrarch": load_petrarch,
              "conflibert": load_conflibert, "sentences": load_plover}[name]
    return loader(path)


@dataclass
class EvalRun:
    """Everything one ``eventwire eval`` computed, with what is needed to reproduce it."""

    events: list[EventScores] = field(default_factory=list)
    classes: list[ClassScores] = field(default_factory=list)
    actors: list = field(default_factory=list)     # evaluate_actors.ActorSpanScores
    paths: dict[str, str] = field(default_factory=dict)
    command: str = ""
    meta: dict[str, str] = field(default_factory=dict)
    #: User actor dictionaries the figures were made with (``--actors``): one line each,
    #: path, format and counts; empty = the built-in knowledge base alone.
    actor_dictionaries: list[str] = field(default_factory=list)


def run(paths: dict[str, str | Path], splits: Iterable[str], extractor: Extractor,
        on_progress: Callable[[str], None] | None = None) -> EvalRun:
    """Score ``extractor`` on each named dataset, for each split, in one pass per split."""
    out = EvalRun(paths={k: str(v) for k, v in paths.items()})
    predict([GoldSentence("warm-up", "Nothing happened.", "dev")], extractor)  # load the
    for name, path in paths.items():                       # model before any timing
        gold = load(name, path)
        for split in splits:
            if on_progress:
                on_progress(f"{name} {split}: {len(select(gold, split))} sentences")
            if name == "conflibert":
                out.classes.append(evaluate_classes(gold, extractor, name, split))
                spans = evaluate_actor_spans(path, extractor, split)
                if spans is not None:
                    out.actors.append(spans)
            else:
                out.events.append(evaluate(gold, extractor, name, split))
    return out


def run_meta() -> dict[str, str]:
    """Date, commit and model: what a reader needs to reproduce the figures."""
    meta = {"date": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, timeout=10, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=10).stdout.strip()
        meta["commit"] = commit + (" (with uncommitted changes)" if dirty else "")
    except (OSError, subprocess.SubprocessError):
        meta["commit"] = "unknown (not a git checkout)"
    try:
        from importlib.metadata import PackageNotFoundError, version

        from eventwire.annotate import model_name

        name = model_name()
        try:
            meta["model"] = f"{name} {version(name)}"
        except PackageNotFoundError:
            meta["model"] = name
        meta["spacy"] = version("spacy")
    except Exception as exc:  # noqa: BLE001 - the report still says what it could not find
        meta["model"] = f"unknown ({exc})"
    return meta


# -- tables: built once, printed with rich or written as Markdown ------------------------------

@dataclass
class Table:
    title: str
    headers: list[str]
    rows: list[list[str]]
    note: str = ""


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}"


_SHORT = {"dev": "dev", "heldout": "ho", "all": "all"}


def _split_headers(scores: Sequence[EventScores | ClassScores]) -> list[str]:
    """Per-split column names, short so that both splits fit an 80-column terminal."""
    out = []
    for s in scores:
        k = _SHORT.get(s.split, s.split)
        out += [f"{k} P", f"{k} R", f"{k} F1", f"{k} n"]
    return out


def _splits(scores: Sequence[EventScores | ClassScores], name: str) -> list:
    return [s for s in scores if s.dataset == name]


def _with_actors(run_: EvalRun) -> str:
    """A title suffix that says the figures were made with user actor dictionaries."""
    if not run_.actor_dictionaries:
        return ""
    return " (with user actor dictionaries: " + ", ".join(
        os.path.basename(line.split(" (")[0]) for line in run_.actor_dictionaries) + ")"


def actor_dictionary_table(run_: EvalRun) -> list[Table]:
    """What the figures were made with, when not the built-in knowledge base alone."""
    if not run_.actor_dictionaries:
        return []
    return [Table("Actor dictionaries loaded (--actors): these figures are NOT the built-in "
                  "knowledge base's", ["dictionary"], [[d] for d in run_.actor_dictionaries],
                  note="User entries take precedence over built-in ones for the same name; "
                       "see docs/actor-dictionaries.md.")]


def event_tables(run_: EvalRun, top: int = 12) -> list[Table]:
    """Summary, per-type and (dev only) error tables for the event-coded datasets."""
    tables: list[Table] = []
    suffix = _with_actors(run_)
    for name in dict.fromkeys(s.dataset for s in run_.events):
        scores = _splits(run_.events, name)
        tables.append(Table(
            f"{DATASET_TITLES.get(name, name)}: event type, overall{suffix}",
            ["split", "sentences", "gold events", "predicted", "P", "R", "F1", "sent/s"],
            [[s.split, str(s.sentences), str(s.gold_events), str(s.predicted_events),
              _pct(s.micro.precision), _pct(s.micro.recall), _pct(s.micro.f1),
              f"{s.sentences / s.seconds:.0f}" if s.seconds else "–"] for s in scores],
            note=("P/R/F1 in %, micro over all types."
                  + (f" Gold codings with no PLOVER type (CAMEO 01 statements), unscored: "
                     f"{sum(s.unscored_codings for s in scores if s.split != 'all')}."
                     if any(s.unscored_codings for s in scores) else ""))))
        rows = []
        for label, attr in (("source country", "source_country"),
                            ("target country", "target_country"), ("mode", "mode"),
                            ("source sector", "source_sector"),
                            ("target sector", "target_sector")):
            for s in scores:
                a: Accuracy = getattr(s, attr)
                rows.append([label, s.split, _pct(a.accuracy), str(a.correct), str(a.wrong),
                             str(a.null), str(a.n)])
        tables.append(Table(
            f"{name}: fields of type-matched events{suffix}",
            ["field", "split", "accuracy", "right", "wrong", "null", "checked"], rows,
            note="Over matched events whose gold value is known; null = left unknown."))
        if any(s.country_misses for s in scores):
            rows = [[f"{role}: {cause}", *(str(s.country_misses[(role, cause)]) for s in scores)]
                    for role in ("source", "target") for cause in MISS_CAUSES]
            tables.append(Table(
                f"{name}: why an actor country was missed{suffix}",
                ["role: cause", *(s.split for s in scores)], rows,
                note=("Counts over type-matched events whose country is not right: no actor "
                      "found; an actor the knowledge base could not place; the other side's "
                      "country (source and target swapped); some other country.")))
        headers = ["type", *_split_headers(scores)]
        rows = []
        for t in PLOVER_TYPES:
            if not any(s.per_type[t].support or s.per_type[t].fp for s in scores):
                continue
            row = [t]
            for s in scores:
                c = s.per_type[t]
                row += [_pct(c.precision), _pct(c.recall), _pct(c.f1), str(c.support)]
            rows.append(row)
        tables.append(Table(f"{name}: by PLOVER type", headers, rows,
                            note="n = gold events of that type; ho = held out; – = nothing to divide by."))
        dev = next((s for s in scores if s.split == "dev"), None)
        if dev is not None and dev.confusions:
            rows = [[g, p, str(n)] for (g, p), n in dev.confusions.most_common(top)]
            tables.append(Table(
                f"{name}: biggest error classes on dev (aggregate)", ["gold type", "predicted instead", "n"],
                rows, note=(f"{NONE} as gold = a false positive in a sentence with no unmatched "
                            f"gold event; as prediction = a missed event. Modality of false "
                            f"positives: " + ", ".join(f"{k} {v}" for k, v in
                                                       dev.fp_modality.most_common()))))
    return tables


def class_tables(run_: EvalRun) -> list[Table]:
    """Accuracy, baseline and per-class P/R/F1 for class-labelled datasets."""
    tables: list[Table] = []
    for name in dict.fromkeys(s.dataset for s in run_.classes):
        scores = _splits(run_.classes, name)
        tables.append(Table(
            f"{DATASET_TITLES.get(name, name)}: sentence class{_with_actors(run_)}",
            ["split", "n", "acc", "macro F1", "no event", "acc, no event", "majority",
             "sent/s"],
            [[s.split, str(s.sentences), _pct(s.accuracy), _pct(s.macro_f1),
              f"{s.no_event} ({_pct(s.no_event / s.sentences if s.sentences else None)}%)",
              _pct(s.no_event_correct / s.no_event if s.no_event else None),
              (f"{_pct(s.majority_correct / s.sentences if s.sentences else None)} "
               f"(={s.majority_class})"),
              f"{s.sentences / s.seconds:.0f}" if s.seconds else "–"] for s in scores],
            note=(f"acc and macro F1 in %. The sentence takes the class of its most confident "
                  f"event; with no event (count, share) it falls back to class {FALLBACK_CLASS} "
                  f"({PENTA_LABELS[FALLBACK_CLASS]}); 'acc, no event' is the accuracy on those. "
                  "Majority: accuracy of always answering the dev split's most frequent "
                  "class.")))
        headers = ["class", *_split_headers(scores)]
        rows = []
        for c, label in PENTA_LABELS.items():
            row = [f"{c} {label}"]
            for s in scores:
                k = s.per_class[c]
                row += [_pct(k.precision), _pct(k.recall), _pct(k.f1), str(k.support)]
            rows.append(row)
        tables.append(Table(f"{name}: by class", headers, rows, note="ho = held out."))
        dev = next((s for s in scores if s.split == "dev"), None)
        if dev is not None:
            rows = [[f"{g}", *(str(dev.confusion.get((g, p), 0)) for p in PENTA_LABELS)]
                    for g in PENTA_LABELS]
            tables.append(Table(f"{name}: confusion on dev (rows gold, columns predicted)",
                                ["gold \\ predicted", *map(str, PENTA_LABELS)], rows))
            types = sorted({t for t, _ in dev.by_type},
                           key=lambda t: -sum(n for (u, _), n in dev.by_type.items() if u == t))
            rows = [[t, "–" if t == NONE else str(_label_class(t)),
                     *(str(dev.by_type.get((t, g), 0)) for g in PENTA_LABELS)] for t in types]
            tables.append(Table(
                f"{name}: top event type against gold class on dev",
                ["top event", "gives", *(f"gold {g}" for g in PENTA_LABELS)], rows,
                note=f"Rows: the type of each sentence's most confident event ({NONE}: no "
                     f"event, class {FALLBACK_CLASS}; /appeal and /demand: a REQUEST by its "
                     f"trigger words; /refused: cooperation told as not done, a refusal, "
                     f"class 3; /supposed: only considered or denied, a statement, "
                     f"class {FALLBACK_CLASS}); 'gives' is the class it predicts."))
    return tables


def print_tables(tables: Sequence[Table], console=None) -> None:
    from rich.console import Console
    from rich.table import Table as RichTable

    console = console or Console()
    for t in tables:
        rt = RichTable(title=t.title, caption=t.note or None, caption_justify="left",
                       title_justify="left")
        for i, h in enumerate(t.headers):
            rt.add_column(h, justify="left" if i == 0 else "right", no_wrap=i == 0)
        for row in t.rows:
            rt.add_row(*row)
        console.print(rt)
        console.print()


def print_examples(run_: EvalRun, n: int, console) -> None:
    """Wrongly coded dev sentences, for whoever tunes the rules (dev only, by construction:
    examples are only collected for sentences of the dev split)."""
    for s in run_.events:
        if s.examples:
            console.rule(f"{s.dataset}: {min(n, len(s.examples))} of {len(s.examples)} dev "
                         "sentences with errors")
            for text, gold, pred in s.examples[:n]:
                console.print(f"gold {', '.join(gold) or NONE} | predicted "
                              f"{', '.join(pred) or NONE}", style="bold", highlight=False)
                console.print(f"  {text}", markup=False, highlight=False)
    for c in run_.classes:
        if c.examples:
            console.rule(f"{c.dataset}: {min(n, len(c.examples))} of {len(c.examples)} dev "
                         "sentences in the wrong class")
            for text, gold, pred, typ in c.examples[:n]:
                console.print(f"gold {gold} | predicted {pred} (top event {typ})",
                              style="bold", highlight=False)
                console.print(f"  {text}", markup=False, highlight=False)
    for a in run_.actors:
        if a.examples:
            console.rule(f"conflibert-ner: {min(n, len(a.examples))} of {len(a.examples)} dev "
                         "actor spans not right")
            for text, role, gold, pred in a.examples[:n]:
                console.print(f"{role}: gold {gold!r} | predicted {pred!r}", style="bold",
                              markup=False, highlight=False)
                console.print(f"  {text}", markup=False, highlight=False)


def markdown_table(t: Table) -> str:
    def cell(x: str) -> str:
        return x.replace("|", "\\|")

    lines = [f"### {t.title}", "", "| " + " | ".join(map(cell, t.headers)) + " |",
             "|" + "|".join("---" if i == 0 else "---:" for i in range(len(t.headers))) + "|"]
    lines += ["| " + " | ".join(map(cell, r)) + " |" for r in t.rows]
    if t.note:
        lines += ["", t.note]
    return "\n".join(lines) + "\n"


METHOD = """\
## How to run it

    eventwire eval                                  # every dataset, dev and held out
    eventwire eval --split dev --show-errors 20     # while tuning: dev only, with examples
    eventwire eval --split heldout                  # the figures to report
    eventwire eval --plover DIR --petrarch FILE --conflibert DIR --write docs/accuracy.md

## How these figures are made

- **Datasets** (read from `../shared/data`, never copied into the project): the PLOVER
  gold-standard records (CAMEO manual examples coded in PLOVER 0.5b1), PETRARCH2's English
  validation records (CAMEO event and actor codes) and ConfliBERT's `cameo_class` sentences
  (CAMEO penta-class 0-4). Also the project's own coded sentences
  (`tests/fixtures/sentences/coded.json`, `--sentences`): news-style sentences written and
  coded by the project's helpers without running eventwire, in the PLOVER GSR format; they
  widen the sentence-level gold for actor countries, but they are not independent of the team.
- **Old names, other codes.** PLOVER 0.5b1 names are mapped to current PLOVER: DEMAND ->
  REQUEST, DISAPPROVE -> ACCUSE, INVESTIGATE -> ACCUSE (mode investigate), FIGHT -> ASSAULT,
  COERCE/destroy -> ASSAULT/destroy, and renamed modes (strike-hun -> hunger, assassinate ->
  targeted, ...); modes with no current counterpart are left unscored. CAMEO codes go through
  `eventwire.events.cameo.plover_from_cameo`; CAMEO 01 (public statements) has no PLOVER type
  and is counted as unscored. Actor countries are the ISO alpha-3 prefix of the gold actor
  code (IGO/NGO/`---` have none). A reciprocal pair (A->B and B->A) is one event whose source
  and target may each be A or B; a compound actor ("Hungarian and Romanian officials") is
  right when the predicted country is any of its countries.
- **Splits.** PLOVER GSR, PETRARCH2 and the project's sentences: distinct sentences at even
  positions in file order are *dev*, odd positions *held out*. ConfliBERT: `train.tsv` is
  dev, `test.tsv` held out.
  Rules are tuned on dev only; held-out sentences are never printed.
- **Scoring.** Per sentence, a predicted event matches a gold event of the same type (each
  used once; among several candidates the one agreeing on more fields). Precision/recall/F1
  per type and micro overall. Source/target country, sector and mode accuracy over matched
  events whose gold value is known; a null prediction is counted as not right, and shown
  apart from wrong ones; the misses are counted by cause (no actor, an actor with no
  country, source and target swapped, another country), in aggregate for both halves. ConfliBERT: the sentence's class is that of its most confident
  event (`event_class`): a REQUEST is an appeal (class 0) or a demand (class 3) by its
  trigger words; an act only supposed or denied is a statement, class 0; cooperation told
  as not done is a refusal, class 3. A sentence with no event falls back to class 0,
  statements/appeals, the CAMEO class PLOVER does not code.
- Caveats (a held-out half that is not clean, how often held-out aggregates were looked at,
  coding conventions that differ between the gold sets): [accuracy-notes.md](accuracy-notes.md).
"""


def all_tables(run_: EvalRun) -> list[Table]:
    from eventwire.evaluate_actors import actor_tables

    return (actor_dictionary_table(run_) + event_tables(run_) + class_tables(run_)
            + actor_tables(run_.actors))


def to_markdown(run_: EvalRun) -> str:
    meta = run_.meta
    dicts = run_.actor_dictionaries
    head = ["# eventwire accuracy" + (" with user actor dictionaries" if dicts else ""), "",
            "Written by `eventwire eval`; re-run the command below to refresh it.", "",
            f"- command: `{run_.command}`",
            f"- date: {meta.get('date', '?')}",
            f"- git commit: {meta.get('commit', '?')}",
            f"- model: {meta.get('model', '?')} (spaCy {meta.get('spacy', '?')})",
            *(f"- {name}: `{path}`" for name, path in run_.paths.items()),
            ("- actor dictionaries (--actors; NOT the built-in knowledge base's figures): "
             + "; ".join(f"`{d}`" for d in dicts)) if dicts else
            "- actor dictionaries: none (the built-in knowledge base only)", ""]
    body = [markdown_table(t) for t in all_tables(run_)]
    return "\n".join(head) + "\n" + "\n".join(body) + "\n" + METHOD


# -- the command ------------------------------------------------------------------------------

def _command_line(plover, petrarch, conflibert, split, write, actors=(),
                  actors_as_of=None, sentences=None) -> str:
    parts = ["eventwire eval"]
    for opt, val in (("--plover", plover), ("--petrarch", petrarch),
                     ("--conflibert", conflibert), ("--sentences", sentences)):
        if val:
            parts.append(f"{opt} {val}")
    parts.append(f"--split {split}")
    parts += [f"--actors {p}" for p in actors]
    if actors and actors_as_of:
        parts.append(f"--actors-as-of {actors_as_of}")
    if write:
        parts.append(f"--write {write}")
    return " ".join(parts)


@click.command("eval")
@click.option("--plover", type=click.Path(), default=None,
              help="PLOVER_GSR_CAMEO.txt or its folder [../shared/data/plover-gsr].")
@click.option("--petrarch", type=click.Path(), default=None,
              help="PETR2_GSR_validation.xml [../shared/data/petrarch2-gsr-ud].")
@click.option("--conflibert", type=click.Path(), default=None,
              help="ConfliBERT cameo_class folder [../shared/data/conflibert-cameo].")
@click.option("--sentences", type=click.Path(), default=None,
              help="Coded sentences in the PLOVER GSR JSON format (one record per event: "
                   "text, event, mode, source and target with actorText, code, sector), "
                   "e.g. your own [tests/fixtures/sentences/coded.json, the project's].")
@click.option("--split", type=click.Choice(["dev", "heldout", "all", "both"]),
              default="both", show_default=True,
              help="dev to tune on; heldout to report; both = dev and heldout side by side.")
@click.option("--write", type=click.Path(dir_okay=False), default=None,
              help="Also write the tables as Markdown (e.g. docs/accuracy.md).")
@click.option("--show-errors", type=int, default=0, metavar="N",
              help="With --split dev: also print N wrongly coded dev sentences per dataset "
                   "(held-out sentences are never shown).")
@actor_options
def eval_command(plover: str | None, petrarch: str | None, conflibert: str | None,
                 sentences: str | None, split: str, write: str | None, show_errors: int,
                 actor_dictionaries: tuple[str, ...] = (), actors_as_of: str | None = None
                 ) -> None:
    """Accuracy against public gold standards, as tables.

    With no dataset named, every dataset found under ../shared/data is used, and the
    project's own coded sentences when run from the checkout. Tune on --split dev;
    held-out sentences are scored but never shown.
    """
    import sys

    from rich.console import Console

    given = {"plover": plover, "petrarch": petrarch, "conflibert": conflibert,
             "sentences": sentences}
    if any(given.values()):
        paths = {k: v for k, v in given.items() if v}
    else:
        paths = {k: str(p) for k in given if (p := default_path(k)) is not None}
    if not paths:
        raise EvaluationError("E083")
    if show_errors and split != "dev":
        raise UsageError("E086")
    splits = ["dev", "heldout"] if split == "both" else [split]
    err = Console(stderr=True)
    load_actor_dictionaries(actor_dictionaries, actors_as_of)
    extractor = default_extractor(actor_dictionaries, actors_as_of) if actor_dictionaries \
        else default_extractor()
    result = run(paths, splits, extractor,
                 on_progress=lambda m: err.print(f"[dim]scoring {m}[/dim]"))
    result.command = _command_line(plover, petrarch, conflibert, split, write,
                                   actor_dictionaries, actors_as_of, sentences)
    result.meta = run_meta()
    if actor_dictionaries:
        from eventwire.actors.dictionary import describe, load_knowledge_base

        result.actor_dictionaries = describe(
            load_knowledge_base(actor_dictionaries, actors_as_of).dictionaries)
    out = Console(file=sys.stdout)
    print_tables(all_tables(result), out)
    if show_errors:
        print_examples(result, show_errors, out)
    if write:
        Path(write).parent.mkdir(parents=True, exist_ok=True)
        Path(write).write_text(to_markdown(result), encoding="utf-8")
        err.print(f"written: {write}")
