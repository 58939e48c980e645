"""The compiled attribute ruler and lemmatizer must write exactly what the model's pipes write.

Why it matters: the fast parse pass replaces two spaCy components by array code; any
difference in a POS tag or lemma would silently change which triggers fire.
"""

from __future__ import annotations

import numpy
import pytest

from eventwire.annotate import PARSE_ATTRS, Annotator
from eventwire.attribute_rules import compile_rules

# Written for this test: pronouns, auxiliaries, negation, determiners used as pronouns,
# contractions and colloquial forms the ruler's multi-token patterns handle, odd spacing.
TEXTS = [
    "The ministers said they would not attend the talks in Geneva, but she did.",
    "Troops have been withdrawn and the bases were handed over to the army.",
    "Gonna tell y'all: let's go, they ain't coming, I'd rather wait.",
    "That is what those protesters demanded; this was never going to be accepted.",
    "Police arrested 12 people  after clashes\n in the capital on Tuesday.",
    "He's been accusing them of lying, and it's something nobody believed.",
    "There were dozens of rockets fired at the base, which had been evacuated.",
    "Whether or not the deal holds, it is the best we've got, the envoy said.",
    "Rebels seized two towns; government forces are regrouping near the border.",
    "I can't and won't sign it, said the president, who'd vetoed it twice.",
]


def _reference(nlp, text: str) -> numpy.ndarray:
    doc = nlp(text, disable=["ner"])
    return doc.to_array(PARSE_ATTRS)


def _compiled(nlp, text: str) -> numpy.ndarray:
    rules = compile_rules(nlp)
    assert rules is not None
    doc = nlp(text, disable=["ner", "attribute_ruler", "lemmatizer"])
    names = ("TAG", "POS", "MORPH", "LEMMA", "HEAD", "DEP", "LOWER", "ORTH", "IS_SPACE")
    arr = doc.to_array(list(names))
    cols = {name: arr[:, j] for j, name in enumerate(names)}
    sent_ids = numpy.zeros(len(doc), dtype="int64")
    for k, sent in enumerate(doc.sents):
        sent_ids[sent.start:sent.end] = k
    out = rules.apply(cols, sent_ids)
    return numpy.column_stack([out["TAG"], out["POS"], out["MORPH"], out["LEMMA"],
                               cols["HEAD"], out["DEP"]]).astype(arr.dtype)


def test_the_model_rules_compile(nlp):
    rules = compile_rules(nlp)
    assert rules is not None
    assert len(rules.rules) == len(nlp.get_pipe("attribute_ruler").patterns)


@pytest.mark.parametrize("text", TEXTS)
def test_same_tags_lemmas_and_dependencies_as_the_pipes(nlp, text):
    expected = _reference(nlp, text)
    got = _compiled(nlp, text)
    if not numpy.array_equal(expected, got):
        doc = nlp(text, disable=["ner"])
        rows = numpy.flatnonzero((expected != got).any(axis=1))
        detail = [(doc[i].text, doc[i].pos_, doc[i].lemma_) for i in rows]
        pytest.fail(f"differs at {detail}")


def test_lemmas_of_words_the_cache_has_not_seen(nlp):
    """Each (word, POS, morphology) goes through the plain-value lemmatizer once; its answer
    must be the model lemmatizer's for every token of the texts."""
    rules = compile_rules(nlp)
    lemmatizer = nlp.get_pipe("lemmatizer")
    checked = 0
    for doc in nlp.pipe(TEXTS, disable=["ner"]):
        for token in doc:
            ours = rules._lemma_of(token.orth, token.pos, token.morph.key)
            assert nlp.vocab.strings[ours] == lemmatizer.rule_lemmatize(token)[0], token.text
            checked += 1
    assert checked > 150


def test_annotator_output_does_not_depend_on_the_fast_rules(nlp):
    text = " ".join(TEXTS)
    fast = Annotator(fast_rules=True, trigger_words={"said", "arrested", "demanded", "sign"})
    slow = Annotator(fast_rules=False, trigger_words={"said", "arrested", "demanded", "sign"})
    a, b = fast.annotate_one(text), slow.annotate_one(text)
    assert fast._rules is not None and slow._rules is None
    assert [s.text for s in a.parsed] == [s.text for s in b.parsed]
    assert len(a.parsed) >= 4
    assert numpy.array_equal(a.doc.to_array(PARSE_ATTRS), b.doc.to_array(PARSE_ATTRS))
    said = next(t for t in a.doc if t.text == "arrested")
    assert (said.lemma_, said.pos_) == ("arrest", "VERB")


def test_a_model_without_the_pipes_falls_back(nlp):
    import spacy

    blank = spacy.blank("en")
    assert compile_rules(blank) is None
