"""Actor spans against ConfliBERT's NER gold: do "who" and "to whom" point at the right words?

Why a score of its own: country accuracy (PLOVER, PETRARCH2) says whether the actor's code is
right, not whether the extractor picked the right phrase; an analyst reading an event
record checks the phrase first. ConfliBERT's ``cameo_ner`` marks the source and target of
each sentence's main event, so each sentence is scored on its most confident event (the one
``eventwire.evaluate.top_event`` picks, as for the sentence class):

* right: the event's source (target) span overlaps a gold source (target) span, or a
  reciprocal one (R: either side);
* wrong: it points elsewhere; null: the event has no source (target) span;
* no event: the sentence got no event at all;
* any event: the gold span is the source (target) of *some* event of the sentence.

Overlap, not exact match, because the gold spans include what a parser would leave out
("the Croatian government's request") and the other way round.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from eventwire.errors import EvaluationError
from eventwire.gold import GoldSentence
from eventwire.model import Event

ROLE_GOLD: dict[str, tuple[str, ...]] = {"source": ("source", "both"),
                                         "target": ("target", "both")}


@dataclass
class RoleScore:
    gold: int = 0        # sentences with a gold span for the role
    no_event: int = 0
    right: int = 0
    wrong: int = 0
    null: int = 0
    any_event: int = 0   # the gold span is the role of some event of the sentence

    @property
    def accuracy(self) -> float | None:
        """Right over sentences with an event."""
        n = self.right + self.wrong + self.null
        return self.right / n if n else None

    @property
    def precision(self) -> float | None:
        """Right over the spans given (null left out: unknown is not wrong)."""
        n = self.right + self.wrong
        return self.right / n if n else None


@dataclass
class ActorSpanScores:
    dataset: str
    split: str
    sentences: int = 0
    roles: dict[str, RoleScore] = field(default_factory=lambda: {r: RoleScore()
                                                                 for r in ROLE_GOLD})
    #: dev only: (sentence, role, gold words, predicted words or None) where not right
    examples: list[tuple[str, str, str, str | None]] = field(default_factory=list)


def _span(actor) -> tuple[int, int] | None:
    return None if actor is None or actor.span is None else tuple(actor.span)


def _overlaps(a: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    return any(a[0] < end and start < a[1] for start, end in spans)


def score_actor_spans(sentences: Sequence[GoldSentence], predictions: Sequence[Sequence[Event]],
                      dataset: str = "", split: str = "") -> ActorSpanScores:
    from eventwire.evaluate import top_event

    if len(sentences) != len(predictions):
        raise EvaluationError("E081", detail=f"{len(predictions)} predictions for "
                                             f"{len(sentences)} sentences")
    out = ActorSpanScores(dataset=dataset, split=split)
    for sent, preds in zip(sentences, predictions):
        if not sent.actors:
            continue
        out.sentences += 1
        top = top_event(preds) or (preds[0] if preds else None)
        for role, kinds in ROLE_GOLD.items():
            gold = [(a, b) for kind, a, b in sent.actors if kind in kinds]
            if not gold:
                continue
            score = out.roles[role]
            score.gold += 1
            if any((s := _span(getattr(e, role))) and _overlaps(s, gold) for e in preds):
                score.any_event += 1
            if top is None:
                score.no_event += 1
                continue
            span = _span(getattr(top, role))
            if span is None:
                score.null += 1
                verdict = "null"
            elif _overlaps(span, gold):
                score.right += 1
                continue
            else:
                score.wrong += 1
                verdict = "wrong"
            if sent.split == "dev":
                words = " | ".join(sent.text[a:b] for a, b in gold)
                out.examples.append((sent.text, role, words,
                                     None if verdict == "null" else sent.text[span[0]:span[1]]))
    return out


def actor_tables(scores: Sequence[ActorSpanScores]) -> list:
    """The actor-span table (``eventwire.evaluate.Table``), one row per role and split."""
    from eventwire.evaluate import Table, _pct

    if not scores:
        return []
    rows = []
    for role in ROLE_GOLD:
        for s in scores:
            r = s.roles[role]
            rows.append([role, s.split, str(r.gold), str(r.no_event), str(r.right),
                         str(r.wrong), str(r.null), _pct(r.accuracy), _pct(r.precision),
                         _pct(r.any_event / r.gold if r.gold else None)])
    return [Table(
        "ConfliBERT cameo_ner (news sentences, gold source/target words): actor spans",
        ["role", "split", "gold", "no event", "right", "wrong", "null", "acc", "precision",
         "in any event"], rows,
        note="Per sentence with a gold span for the role, on its most confident event: right "
             "= the event's source (target) overlaps the gold one (or a reciprocal actor); "
             "acc = right / sentences with an event; precision = right / (right + wrong), "
             "null left out; 'in any event' = the gold span is that role of some event of "
             "the sentence, in % of gold.")]
