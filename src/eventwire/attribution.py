"""According to whom: the party the text says reported an event, kept apart from the publisher.

"..., a report by the New York Times says" -> Attribution(name="New York Times"): the article's
site (``Document.sitename``) published it, the Times reported it. The chain matters to a
reader weighing a claim, so eventwire keeps it. Reports are remembered through the document,
so that a later "the report said" points back to the report's author.
"""

from __future__ import annotations

from eventwire.events.lexicon import REPORTING
from eventwire.model import Attribution

#: Nouns that stand for a piece of reporting, whose author is the real source.
REPORT_NOUNS = frozenset(("report", "statement", "study", "survey", "article", "story",
                          "investigation", "analysis", "poll", "document", "memo", "letter",
                          "release", "announcement", "communique", "bulletin", "broadcast",
                          "interview", "dispatch", "assessment", "review", "paper"))
_ENT_LABELS = ("ORG", "PERSON", "GPE", "NORP", "FAC")
_STRIP = ("the ", "a ", "an ")


def _clean_name(text: str) -> str:
    low = text.lower()
    for p in _STRIP:
        if low.startswith(p):
            return text[len(p):]
    return text


def _name_of(phrase_head) -> str | None:
    """The canonical-looking name in a noun phrase: its entity if it has one."""
    doc = phrase_head.doc
    lo, hi = phrase_head.left_edge.i, phrase_head.right_edge.i + 1
    for ent in doc.ents:                      # the entity that is the phrase's head
        if ent.start >= lo and ent.end <= hi and ent.label_ in _ENT_LABELS \
                and ent.start <= phrase_head.i < ent.end:
            return _clean_name(ent.text)
    if phrase_head.pos_ == "PRON":
        return None
    words = [t for t in doc[lo:hi] if t.dep_ not in ("det", "punct", "poss")]
    return _clean_name(" ".join(t.text for t in words)) if words else None


class AttributionMemory:
    """Remembers who wrote which report in this document ("the report" -> "New York Times")."""

    def __init__(self) -> None:
        self.authors: dict[str, str] = {}

    def author_of(self, noun) -> str | None:
        """The author of a report noun: "a report by X", "X's report", "a Reuters report"."""
        for child in noun.children:
            if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from", "of", "in"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        name = _name_of(pobj)
                        if name:
                            return name
            if child.dep_ in ("poss", "compound") and child.ent_type_ in _ENT_LABELS:
                return _name_of(child)
        return None

    def subject_name(self, subj) -> str | None:
        """Who a reporting verb's subject names, resolving report nouns to their author."""
        if subj.lemma_.lower() in REPORT_NOUNS:
            author = self.author_of(subj)
            key = subj.lemma_.lower()
            if author:
                self.authors[key] = author
                return author
            det = [c.lower_ for c in subj.children if c.dep_ == "det"]
            if "the" in det or "this" in det or "that" in det:
                return self.authors.get(key)
            return None
        return _name_of(subj)


def _phrase_text(start_tok, end_tok) -> tuple[str, tuple[int, int]]:
    doc = start_tok.doc
    lo, hi = min(start_tok.i, end_tok.i), max(start_tok.i, end_tok.i)
    span = doc[lo:hi + 1]
    return span.text, (span.start_char, span.end_char)


def from_reporting_verb(verb, memory: AttributionMemory) -> Attribution | None:
    """"X said", "a report by X says", "X told reporters" -> Attribution(X)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    name = memory.subject_name(subj)
    if not name:
        return None
    first = subj.left_edge if subj.left_edge.i < verb.i else verb
    last = verb if verb.i > subj.right_edge.i else subj.right_edge
    text, span = _phrase_text(first, last)
    return Attribution(text=text, name=name, span=span)


def according_to(clause_verb) -> Attribution | None:
    """"according to X" hanging on the clause or on the sentence."""
    sent = clause_verb.sent
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to":
            to = tok.nbor(1)
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None:
                pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            name = _name_of(pobj)
            if pobj.lemma_.lower() in REPORT_NOUNS:
                name = AttributionMemory().author_of(pobj) or name
            if name:
                text, span = _phrase_text(tok, pobj.right_edge)
                return Attribution(text=text, name=name, span=span)
    return None


def find_reporter(clause_verb):
    """The reporting verb that governs a clause, if any: an ancestor reached through a
    complement ("X said [the army attacked]"), or a trailing "..., a report says"."""
    tok = clause_verb
    for _ in range(6):
        if tok.dep_ in ("ccomp", "parataxis") and tok.head.lemma_.lower() in REPORTING \
                and tok.head != tok:
            return tok.head
        if tok.dep_ in ("advcl",) and tok.lemma_.lower() in REPORTING:
            return None
        if tok.head == tok:
            break
        tok = tok.head
    for child in clause_verb.children:
        if child.dep_ in ("parataxis", "ccomp", "advcl") and child.i > clause_verb.i \
                and child.lemma_.lower() in REPORTING \
                and any(c.dep_ == "nsubj" for c in child.children) \
                and child.tag_ not in ("VBG",):
            return child
    return None


def citing(clause_verb, memory: AttributionMemory) -> Attribution | None:
    """"..., citing Western diplomats": the cited party, when it is a named source or a
    report (not when a reason is cited: "citing the pandemic as the reason")."""
    for child in clause_verb.children:
        if child.dep_ in ("advcl", "xcomp", "prep", "acl") and child.lower_ == "citing":
            obj = next((c for c in child.children if c.dep_ in ("dobj", "pobj")), None)
            if obj is None:
                continue
            if obj.lemma_.lower() in REPORT_NOUNS:
                name = memory.author_of(obj)
            elif obj.ent_type_ in _ENT_LABELS or obj.lemma_.lower() in _SOURCE_NOUNS:
                name = _name_of(obj)
            else:
                name = None
            if name:
                text, span = _phrase_text(child, obj.right_edge)
                return Attribution(text=text, name=name, span=span)
    return None


_SOURCE_NOUNS = frozenset(("official", "source", "diplomat", "witness", "spokesman",
                           "spokeswoman", "spokesperson", "resident", "analyst", "expert",
                           "police", "military", "ministry", "agency", "observer"))


def attribution_for(clause_verb, memory: AttributionMemory) -> Attribution | None:
    """Who the text says reported the clause (None when the text itself asserts it)."""
    reporter = find_reporter(clause_verb)
    if reporter is not None:
        att = from_reporting_verb(reporter, memory)
        if att is not None:
            return att
    return according_to(clause_verb) or citing(clause_verb, memory)


def note_sentence(sent, memory: AttributionMemory) -> None:
    """Remember report authors named in a sentence (called on every parsed sentence)."""
    for tok in sent:
        if tok.lemma_.lower() in REPORT_NOUNS and tok.pos_ in ("NOUN", "PROPN"):
            author = memory.author_of(tok)
            if author:
                memory.authors[tok.lemma_.lower()] = author
