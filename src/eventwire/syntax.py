"""Small questions about a dependency parse that several stages ask (events, dates).

Why a module of its own: the event extractor and the date resolver both need "which verb
heads this token's clause" and "does this verb have a subject"; kept here, the two stages
answer them the same way instead of keeping copies that drift apart.
"""

from __future__ import annotations

from collections.abc import Collection

#: Dependencies of a verb form that does not head a clause of its own ("has *been* seen").
AUXILIARY = frozenset(("aux", "auxpass"))
SUBJECTS = frozenset(("nsubj", "nsubjpass", "csubj", "expl"))
#: Dashes that end a dateline ("KABUL, May 3 (Reuters) - ...") when spaced.
DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def clause_verb(tok, not_clause: Collection[str] = AUXILIARY):
    """The verb that heads the clause a token sits in (the token itself for a verb); a verb
    attached by one of ``not_clause`` heads none and is climbed over."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in not_clause:
            return cur
        if cur.head == cur:
            return cur
        cur = cur.head
    return cur


def has_subject(verb) -> bool:
    return any(c.dep_ in SUBJECTS for c in verb.children)


_ENTS_KEY = "eventwire.ents"


def doc_ents(doc) -> tuple:
    """The document's entity spans, made once: ``Doc.ents`` builds new Span objects on every
    access, and the actor, place, date and attribution stages ask for them per event."""
    ents = doc.user_data.get(_ENTS_KEY)
    if ents is None:
        ents = tuple(doc.ents)
        doc.user_data[_ENTS_KEY] = ents
    return ents
