"""Which trigger words need a companion word in their sentence to fire: the parse skips
sentences where none is present.

Why: the fast path parses every sentence holding a trigger form (``lexicon.trigger_forms``),
and the parse is what costs. Many verbs are triggers only with certain objects
(``requires``: "cut" troops, "lift" a ban, "release" prisoners): "found", "received",
"ended", "allowed" are in a quarter of the candidate sentences of news text and fire in few.
``match_verb`` accepts such a verb only when one of its required words is in its object,
which lies inside the sentence; so a sentence whose only trigger forms are of this kind,
and which holds none of their required words in any form, cannot yield an event and need
not be parsed.

The table is derived from the lexicon at import, conservatively: a form counts as
conditional only when *every* way the extractor can turn it into a trigger needs an object
word. Forms that are also nouns, compound parts, phrasal verbs, intent or control verbs, or
that take a special path in ``match_verb`` (release of named people, "return ... to",
"agree", "met the demands") stay unconditional. ``tests/test_candidates.py`` checks on
whole articles that the events are the same with and without the skip.
"""

from __future__ import annotations

import functools

from eventwire.events import lexicon


def _verb_forms(lemmas) -> set[str]:
    out: set[str] = set()
    for lemma in lemmas:
        out |= lexicon.inflections(lemma)
    return out


def _word_forms(word: str) -> set[str]:
    """Every surface form a required word may take in the sentence: the extractor compares
    required words with both the text and the lemma of the object's words."""
    return {word} | lexicon.inflections(word) | lexicon.inflections(word, noun=True)


@functools.lru_cache(maxsize=1)
def conditional_forms() -> dict[str, frozenset[str]]:
    """Lower-cased trigger form -> the words (lower-cased, all forms) one of which its
    sentence must hold for the form to fire. Forms not listed are unconditional."""
    from eventwire.events import extract

    needs: dict[str, set[str]] = {}
    free: set[str] = set()
    senses = [(lemma, trig) for lemma, trig in lexicon.VERBS.items()]
    senses += [(lemma, trig) for lemma, trigs in lexicon.MORE_SENSES.items() for trig in trigs]
    for lemma, trig in senses:
        forms = lexicon.inflections(lemma)
        if trig.requires is None or trig.mode == "release":
            free |= forms            # "released Smith": a named person needs no word
        else:
            words = set().union(*(_word_forms(w) for w in trig.requires))
            for form in forms:
                needs.setdefault(form, set()).update(words)
    special = {"return", "agree", *lexicon.INTENT_VERBS,
               *getattr(extract, "NEGATING_CONTROL", ()), *getattr(extract, "COMPLY", ()),
               *getattr(lexicon, "CONTROL", {}), *getattr(extract, "TAKE_PART", ()),
               *(verb for verb, _ in lexicon.PHRASAL)}
    free |= _verb_forms(special)
    for noun in lexicon.NOUNS:
        for part in noun.split():
            free |= lexicon.inflections(part, noun=True)
    for mod, head in lexicon.COMPOUNDS:
        free |= lexicon.inflections(mod, noun=True) | lexicon.inflections(head, noun=True)
    free |= set(lexicon.PATTERN_WORDS) | set(lexicon.INTENT_ADJECTIVES) | {"must", "should"}
    out = {form: frozenset(words) for form, words in needs.items() if form not in free}
    # "ordered X to leave": an expulsion only with "leave" in the sentence; these forms are
    # triggers for nothing else (as control verbs they only shape another trigger's event)
    leave = frozenset(lexicon.inflections("leave")) | {"air"}     # "... off the air": censor
    forces = frozenset().union(*(_word_forms(w) for w in extract.ORDERED_FORCES))
    for form in _verb_forms(lexicon.ORDER_TO_LEAVE):
        if form not in out and form not in free - _verb_forms(lexicon.ORDER_TO_LEAVE):
            # "ordered ten battalions to the border": forces moved
            out[form] = leave | forces if form in lexicon.inflections("order") else leave
    # "called the ruling a farce", "stay at home in protest", "would respond in kind":
    # verbs that are triggers of these patterns only with one of their words
    for verb, words in lexicon.CONDITIONED.items():
        companions = frozenset().union(*(_word_forms(w) for w in words))
        for form in lexicon.inflections(verb):
            if form in out:
                out[form] = out[form] | companions
            elif form not in lexicon.own_trigger_forms():
                out[form] = companions          # a trigger of nothing else
    return out
