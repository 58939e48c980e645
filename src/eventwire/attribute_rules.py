"""The model's attribute ruler and rule lemmatizer, applied to token arrays in one go.

Why: in ``en_core_web_sm`` the ``attribute_ruler`` (a spaCy Matcher over ~180 patterns that
set POS, morphology and some lemmas from the tagger's tags) and the rule ``lemmatizer`` run
token by token in Python. On the short sentence Docs of eventwire's parse pass they cost
about as much as the tagger and parser together (docs/benchmarks.md). Their patterns and
tables are data, so they can be applied to numpy arrays for a whole batch of sentences at
once, with the lemmas cached by (word, POS, morphology) for the life of the process.

The result is exactly what the two pipes would write: the patterns are read from the loaded
model (nothing is copied or hand-written), matched on the values the tagger and parser left
(all matches first, then applied in pattern order, later patterns winning, as
``AttributeRuler`` does), and a lemma the ruler did not set comes from the model's own
lemmatizer function. ``compile_rules`` returns None when a pattern uses a feature this module
does not implement (another model version), and the caller then runs the real pipes.
``tests/test_attribute_rules.py`` checks the equality on real text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy

#: Token attributes a pattern may test, by spaCy attribute name.
_TESTABLE = ("TAG", "LOWER", "DEP", "IS_SPACE", "ORTH")
#: Attributes the rules write, in the order of the arrays this module works on.
WRITTEN = ("TAG", "POS", "MORPH", "LEMMA", "DEP")


class Unsupported(Exception):
    """A pattern feature this module does not implement: use the real pipes."""


@dataclass(frozen=True)
class _Test:
    column: str
    kind: str                       # "eq", "in", "not_in", "regex", "bool"
    values: numpy.ndarray | None = None
    regex: re.Pattern | None = None
    flag: bool = False


@dataclass(frozen=True)
class _Rule:
    alternatives: tuple[tuple[tuple[_Test, ...], ...], ...]   # patterns -> tokens -> tests
    index: int
    writes: tuple[tuple[str, int], ...]                       # (attribute, value)


def _compile_test(strings, key: str, value) -> _Test:
    if key not in _TESTABLE:
        raise Unsupported(key)
    if key == "IS_SPACE":
        if not isinstance(value, bool):
            raise Unsupported(f"IS_SPACE {value!r}")
        return _Test(key, "bool", flag=value)
    if isinstance(value, str):
        return _Test(key, "eq", numpy.array([strings.add(value)], dtype="uint64"))
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op in ("IN", "NOT_IN") and all(isinstance(v, str) for v in arg):
            hashes = numpy.array(sorted({strings.add(v) for v in arg}), dtype="uint64")
            return _Test(key, "in" if op == "IN" else "not_in", hashes)
        if op == "REGEX" and isinstance(arg, str) and key == "LOWER":
            return _Test(key, "regex", regex=re.compile(arg))
    raise Unsupported(f"{key} {value!r}")


class AttributeRules:
    """A compiled ``attribute_ruler`` + rule ``lemmatizer`` pair (see the module docstring)."""

    def __init__(self, nlp, rules: list[_Rule], lemmatizer) -> None:
        self.vocab = nlp.vocab
        self.rules = rules
        self.lemmatizer = lemmatizer
        self._lemmas: dict[tuple[int, int, int], int] = {}
        self._tables = _plain_tables(lemmatizer)
        self._morphs: dict[int, dict[str, str]] = {}
        from spacy.parts_of_speech import IDS

        #: universal POS id -> the lower-case name the lemmatizer's tables use ("verb")
        self._pos_names = {int(v): k.lower() for k, v in IDS.items() if k}
        self._regex_cache: dict[tuple[int, int], bool] = {}

    # -- matching -----------------------------------------------------------------------
    def _mask(self, test: _Test, cols: dict[str, numpy.ndarray]) -> numpy.ndarray:
        col = cols[test.column]
        if test.kind == "eq":
            return col == test.values[0]
        if test.kind == "in":
            return numpy.isin(col, test.values)
        if test.kind == "not_in":
            return ~numpy.isin(col, test.values)
        if test.kind == "bool":
            return col.astype(bool) == test.flag
        strings = self.vocab.strings           # regex on the lower-cased text
        key = id(test.regex)
        uniq, inverse = numpy.unique(col, return_inverse=True)
        hits = numpy.zeros(len(uniq), dtype=bool)
        for j, h in enumerate(uniq.tolist()):
            hit = self._regex_cache.get((key, h))
            if hit is None:
                hit = self._regex_cache[(key, h)] = bool(test.regex.search(strings[h]))
            hits[j] = hit
        return hits[inverse]

    def _targets(self, rule: _Rule, cols: dict[str, numpy.ndarray],
                 sent_ids: numpy.ndarray) -> numpy.ndarray:
        n = len(sent_ids)
        hit = numpy.zeros(n, dtype=bool)
        for tokens in rule.alternatives:
            length = len(tokens)
            if length > n:
                continue
            starts = numpy.ones(n - length + 1, dtype=bool)
            for k, tests in enumerate(tokens):
                for test in tests:
                    starts &= self._mask(test, cols)[k:n - length + 1 + k]
                if k:        # a match never spans two sentences
                    starts &= sent_ids[k:n - length + 1 + k] == sent_ids[:n - length + 1]
            offset = rule.index if rule.index >= 0 else length + rule.index
            where = numpy.flatnonzero(starts) + offset
            hit[where] = True
        return hit

    # -- public -------------------------------------------------------------------------
    def apply(self, cols: dict[str, numpy.ndarray], sent_ids: numpy.ndarray
              ) -> dict[str, numpy.ndarray]:
        """The TAG, POS, MORPH, LEMMA and DEP columns after the ruler and the lemmatizer.

        ``cols`` holds the arrays of the concatenated sentences (TAG, POS, MORPH, LEMMA, DEP
        as the tagger and parser left them, and LOWER, ORTH, IS_SPACE); ``sent_ids`` tells
        which sentence each token belongs to, so that no match crosses two of them.
        """
        out = {name: cols[name].copy() for name in WRITTEN}
        targets = [self._targets(rule, cols, sent_ids) for rule in self.rules]
        for rule, where in zip(self.rules, targets):   # later patterns win
            if where.any():
                for name, value in rule.writes:
                    out[name][where] = value
        self._lemmatize(out, cols["ORTH"])
        return out

    def _lemmatize(self, out: dict[str, numpy.ndarray], orths: numpy.ndarray) -> None:
        lemmas = out["LEMMA"]
        cache = self._lemmas
        todo = numpy.flatnonzero(lemmas == 0)      # the lemmatizer keeps lemmas already set
        pos, morph = out["POS"], out["MORPH"]
        for i in todo.tolist():
            key = (int(orths[i]), int(pos[i]), int(morph[i]))
            lemma = cache.get(key)
            if lemma is None:
                lemma = cache[key] = self._lemma_of(*key)
            lemmas[i] = lemma

    def _lemma_of(self, orth: int, pos: int, morph: int) -> int:
        """The model lemmatizer's answer for one (word, POS, morphology)."""
        strings = self.vocab.strings
        if self._tables is not None:
            features = self._morphs.get(morph)
            if features is None:
                features = self._morphs[morph] = _morph_dict(strings[morph] if morph else "")
            return strings.add(self._tables.lemma(strings[orth], self._pos_names.get(pos, ""),
                                                  features))
        from spacy.tokens import Doc        # a lemmatizer of unknown make: ask it

        doc = Doc(self.vocab, words=[strings[orth]], spaces=[False])
        token = doc[0]
        token.pos = pos
        if morph:
            token.set_morph(morph)
        return strings.add(self.lemmatizer.lemmatize(token)[0])


def _morph_dict(text: str) -> dict[str, str]:
    """``MorphAnalysis.to_dict`` from the morphology string ("Number=Sing|Person=3")."""
    if not text or text == "_":
        return {}
    return dict(field.split("=", 1) for field in text.split("|"))


def _english_base_form(pos: str, morph: dict[str, str]) -> bool:
    """spaCy's ``EnglishLemmatizer.is_base_form`` on plain values (see its source)."""
    if pos == "noun" and morph.get("Number") == "Sing":
        return True
    if pos == "verb" and morph.get("VerbForm") == "Inf":
        return True
    if pos == "verb" and (morph.get("VerbForm") == "Fin" and morph.get("Tense") == "Pres"
                          and morph.get("Number") is None):
        return True
    if pos == "adj" and morph.get("Degree") == "Pos":
        return True
    return (morph.get("VerbForm") in ("Inf", "None") or morph.get("Degree") == "Pos")


class _RuleTables:
    """spaCy's ``Lemmatizer.rule_lemmatize`` on plain values, with its word index as sets.

    Why: the model keeps each part of speech's known words as a list, so every candidate
    form is a linear search through thousands of words. The logic below follows spaCy's
    (rules in order, known forms first, exceptions in front, unknown forms last, the word
    itself if nothing else), so the answers are the same; a test compares them on real text.
    """

    def __init__(self, lemmatizer, base_form) -> None:
        lookups = lemmatizer.lookups
        self._index = lookups.get_table("lemma_index", {})
        self._exc = lookups.get_table("lemma_exc", {})
        self._rules = lookups.get_table("lemma_rules", {})
        self._sets: dict[str, frozenset[str]] = {}
        self._base_form = base_form

    def lemma(self, text: str, pos: str, morph: dict[str, str]) -> str:
        if pos in ("", "eol", "space"):
            return text.lower()
        if self._base_form(pos, morph):
            return text.lower()
        index_list = self._index.get(pos)
        exceptions = self._exc.get(pos)
        rules = self._rules.get(pos)
        if not any((index_list, exceptions, rules)):
            return text if pos == "propn" else text.lower()
        index = self._sets.get(pos)
        if index is None:
            index = self._sets[pos] = frozenset(index_list or ())
        exceptions = exceptions or {}
        string = text.lower()
        forms: list[str] = []
        oov: list[str] = []
        for old, new in rules or ():
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    continue
                if form in index:
                    forms.insert(0, form)
                elif not form.isalpha():
                    forms.append(form)
                else:
                    oov.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        if not forms:
            forms.extend(oov)
        return forms[0] if forms else text


def _plain_tables(lemmatizer) -> _RuleTables | None:
    """The tables, when the lemmatizer is spaCy's own rule lemmatizer (English or the
    language-neutral one) and its answers can be computed without a Token."""
    from spacy.lang.en.lemmatizer import EnglishLemmatizer
    from spacy.pipeline import Lemmatizer

    kind = type(lemmatizer)
    if kind.rule_lemmatize is not Lemmatizer.rule_lemmatize:
        return None
    if kind.is_base_form is EnglishLemmatizer.is_base_form:
        return _RuleTables(lemmatizer, _english_base_form)
    if kind.is_base_form is Lemmatizer.is_base_form:
        return _RuleTables(lemmatizer, lambda pos, morph: False)
    return None


def compile_rules(nlp, ruler: str = "attribute_ruler",
                  lemmatizer: str = "lemmatizer") -> AttributeRules | None:
    """Compile the model's ruler and lemmatizer, or None when they cannot be done exactly
    (a pipe missing, a lemmatizer that is not the rule one or overwrites lemmas, a pattern
    feature not implemented here)."""
    if ruler not in nlp.pipe_names or lemmatizer not in nlp.pipe_names:
        return None
    if nlp.pipe_names.index(ruler) > nlp.pipe_names.index(lemmatizer):
        return None
    lem = nlp.get_pipe(lemmatizer)
    if getattr(lem, "mode", None) != "rule" or getattr(lem, "overwrite", True):
        return None
    ar = nlp.get_pipe(ruler)
    strings = nlp.vocab.strings
    from spacy.attrs import IDS

    names = {IDS[n]: n for n in WRITTEN}
    rules: list[_Rule] = []
    try:
        patterns = ar.patterns
        if len(patterns) != len(ar.attrs):
            raise Unsupported("patterns and attributes differ in number")
        for spec, attrs, index in zip(patterns, ar.attrs, ar.indices):
            alternatives = []
            for pattern in spec["patterns"]:
                tokens = []
                for token_spec in pattern:
                    if not isinstance(token_spec, dict) or "OP" in token_spec:
                        raise Unsupported("operator")
                    tokens.append(tuple(_compile_test(strings, k, v)
                                        for k, v in token_spec.items()))
                alternatives.append(tuple(tokens))
            writes = []
            for attr, value in attrs.items():
                if attr not in names:
                    raise Unsupported(f"writes attribute {attr}")
                writes.append((names[attr], int(value)))
            rules.append(_Rule(tuple(alternatives), int(index), tuple(writes)))
    except Unsupported:
        return None
    return AttributeRules(nlp, rules, lem)

