"""Actor spans against ConfliBERT-style NER gold, on small files written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluate import run
from eventwire.evaluate_actors import score_actor_spans
from eventwire.gold.conflibert_ner import load_conflibert_actors
from eventwire.model import Actor, Event

NER_TRAIN = """Rebel B-S
fighters I-S
shelled O
the B-T
airport I-T
on O
Monday O
. O

The B-R
two I-R
leaders I-R
met O
in O
Oslo O
. O

"""

NER_TEST = """Police B-S
detained O
the B-T
mayor I-T
. O

"""

CLASS_TRAIN = ("Rebel fighters shelled the airport on Monday.\t4\r\n"
               "The two leaders met in Oslo.\t1\r\n")
CLASS_TEST = "Police detained the mayor.\t4\r\n"


@pytest.fixture()
def dataset(tmp_path: Path) -> Path:
    (tmp_path / "cameo_ner").mkdir()
    (tmp_path / "cameo_class").mkdir()
    (tmp_path / "cameo_ner" / "train.txt").write_text(NER_TRAIN, encoding="utf-8")
    (tmp_path / "cameo_ner" / "test.txt").write_text(NER_TEST, encoding="utf-8")
    (tmp_path / "cameo_class" / "train.tsv").write_text(CLASS_TRAIN, encoding="utf-8")
    (tmp_path / "cameo_class" / "test.tsv").write_text(CLASS_TEST, encoding="utf-8")
    return tmp_path


def test_spans_become_offsets_in_the_class_sentence(dataset):
    gold = load_conflibert_actors(dataset)
    assert [g.split for g in gold] == ["dev", "dev", "heldout"]
    first = gold[0]
    assert first.text == "Rebel fighters shelled the airport on Monday."   # not "Monday ."
    assert [(role, first.text[a:b]) for role, a, b in first.actors] == [
        ("source", "Rebel fighters"), ("target", "the airport")]
    assert [(r, gold[1].text[a:b]) for r, a, b in gold[1].actors] == [("both", "The two leaders")]


def test_a_sentence_without_its_class_twin_is_rebuilt_from_tokens(dataset):
    (dataset / "cameo_class" / "test.tsv").write_text("Something else.\t0\n", encoding="utf-8")
    held = load_conflibert_actors(dataset, "heldout")
    assert held[0].text == "Police detained the mayor ."
    assert [held[0].text[a:b] for _, a, b in held[0].actors] == ["Police", "the mayor"]


def test_a_malformed_line_is_reported_with_its_place(dataset):
    (dataset / "cameo_ner" / "train.txt").write_text("Rebels B-X\n", encoding="utf-8")
    with pytest.raises(EvaluationError) as err:
        load_conflibert_actors(dataset, "dev")
    assert err.value.code == "E080" and "train.txt:1" in str(err.value)


def _event(text: str, typ: str, source: tuple[int, int] | None,
           target: tuple[int, int] | None, confidence: float = 0.8) -> Event:
    def actor(span):
        return None if span is None else Actor(text=text[span[0]:span[1]], name="x", span=span)

    return Event(doc_id="d", doc_ref="d", type=typ, sentence=text, span=(0, len(text)),
                 source=actor(source), target=actor(target), confidence=confidence)


def test_right_wrong_null_and_no_event(dataset):
    gold = load_conflibert_actors(dataset)
    shelled, met, detained = (g.text for g in gold)
    preds = [
        [_event(shelled, "ASSAULT", (6, 14), (23, 34))],        # "fighters", "the airport"
        [_event(met, "CONSULT", None, (23, 27))],                # no source, target "Oslo"
        [],                                                      # nothing found
    ]
    s = score_actor_spans(gold, preds, split="all")
    src, tgt = s.roles["source"], s.roles["target"]
    assert (src.gold, src.right, src.null, src.no_event) == (3, 1, 1, 1)
    assert (tgt.gold, tgt.right, tgt.wrong, tgt.no_event) == (3, 1, 1, 1)
    assert tgt.accuracy == pytest.approx(0.5) and tgt.precision == pytest.approx(0.5)
    assert [(role, g, p) for _, role, g, p in s.examples] == [
        ("source", "The two leaders", None), ("target", "The two leaders", "Oslo")]


def test_eval_run_scores_actor_spans_beside_the_classes(dataset):
    def extractor(texts):
        out = []
        for t in texts:
            words = t.split()
            out.append([_event(t, "ASSAULT", (0, len(words[0])), None)])
        return out

    result = run({"conflibert": dataset / "cameo_class"}, ["dev"], extractor)
    assert len(result.classes) == 1 and len(result.actors) == 1
    src = result.actors[0].roles["source"]
    assert (src.gold, src.right) == (2, 2)      # "Rebel", "The" overlap the gold sources
