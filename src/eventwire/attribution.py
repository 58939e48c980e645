"""According to whom: the party the text says reported an event, kept apart from the publisher.

"..., a report by the New York Times says" -> Attribution(name="New York Times"): the article's
site (``Document.sitename``) published it, the Times reported it. The chain matters to a
reader weighing a claim, so eventwire keeps it. Reports are remembered through the document,
so that a later "the report said" points back to the report's author.
"""

from __future__ import annotations

from eventwire.events.lexicon import REPORTING
from eventwire.model import Attribution
from eventwire.syntax import doc_ents

#: Nouns that stand for a piece of reporting, whose author is the real source.
REPORT_NOUNS = frozenset(("report", "statement", "study", "survey", "article", "story",
                          "investigation", "analysis", "poll", "document", "memo", "letter",
                          "release", "announcement", "communique", "bulletin", "broadcast",
                          "interview", "dispatch", "assessment", "review", "paper", "tweet",
                          "post", "video", "footage", "speech", "remarks", "comments",
                          "estimate", "estimates", "count", "tally", "account"))
_ENT_LABELS = ("ORG", "PERSON", "GPE", "NORP", "FAC")
_STRIP = ("the ", "a ", "an ")


def _clean_name(text: str) -> str:
    low = text.lower()
    for p in _STRIP:
        if low.startswith(p):
            return text[len(p):]
    return text


#: Nouns for a source that a name may follow in apposition: "the state news agency SONNA".
_TITLED_SOURCES = frozenset(("agency", "broadcaster", "newspaper", "daily", "channel", "outlet",
                             "network", "television", "radio", "tv", "group", "organisation",
                             "organization", "monitor", "observatory", "ngo", "watchdog",
                             "spokesman", "spokeswoman", "spokesperson", "ministry", "website",
                             "paper", "magazine", "service", "office", "institute", "charity"))


def _appositive_name(head) -> str | None:
    """A name right after a source noun ("the state news agency SONNA", "the rights group
    Hengaw"), however the parser attached it."""
    if head.lemma_.lower() not in _TITLED_SOURCES and head.lower_ not in _TITLED_SOURCES:
        return None
    doc = head.doc
    j = head.i + 1
    if j < len(doc) and doc[j].text == ",":
        j += 1
    if j >= len(doc) or not doc[j].text[:1].isupper() or doc[j].pos_ not in ("PROPN", "NOUN"):
        return None
    for ent in doc_ents(doc):
        if ent.start == j and ent.label_ in ("ORG", "PERSON"):
            return _clean_name(ent.text)
    if doc[j].pos_ == "PROPN" and doc[j].ent_type_ not in ("GPE", "NORP", "DATE", "LOC"):
        k = j
        while k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN" and doc[k + 1].ent_type_ not in (
                "GPE", "NORP", "DATE"):
            k += 1
        return doc[j:k + 1].text
    return None


def _inner(tok) -> bool:
    """A hyphen or slash inside a word ("Saudi-led"), which the name keeps."""
    return tok.text in ("-", "/", "&", ".") and not tok.whitespace_ and tok.i > 0 \
        and not tok.nbor(-1).whitespace_


def _name_of(phrase_head) -> str | None:
    """The canonical-looking name in a noun phrase: its entity if it has one. A possessor is
    kept ("China's foreign ministry", "the bloc's humanitarian office" -> "bloc's
    humanitarian office"), a possessive pronoun is not ("its embassy")."""
    doc = phrase_head.doc
    lo, hi = phrase_head.left_edge.i, phrase_head.right_edge.i + 1
    for ent in doc.ents:                      # the entity that is the phrase's head
        if ent.start >= lo and ent.end <= hi and ent.label_ in _ENT_LABELS \
                and ent.start <= phrase_head.i < ent.end:
            return _clean_name(ent.text)
    if phrase_head.pos_ == "PRON":
        return None
    named = _appositive_name(phrase_head)
    if named:
        return named
    drop: set[int] = set()
    for t in doc[lo:hi]:
        if t.dep_ == "relcl" and t.head.i >= lo:
            drop.update(x.i for x in t.subtree)     # "a source, whom they did not name,"
        if t.dep_ == "poss" and (t.pos_ in ("PRON", "DET") or t.tag_ in ("PRP$", "WP$")):
            drop.add(t.i)               # "its embassy": the pronoun adds nothing
            drop.update(c.i for c in t.children if c.dep_ == "case")
    # "47-year-old Matovič's office": an age or a date is no part of a name
    drop.update(t.i for t in doc[lo:hi] if t.ent_type_ in ("DATE", "TIME"))
    words = [t for t in doc[lo:hi] if t.i not in drop and (t.dep_ != "punct" or _inner(t))
             and not (t.dep_ == "det" and t.head == phrase_head)]
    while words and words[0].dep_ == "det":
        words = words[1:]
    if words and words[0].dep_ == "case":
        words = words[1:]
    if not words:
        return None
    parts = [words[0].text]
    for prev, cur in zip(words, words[1:]):
        gap = prev.whitespace_ if cur.i == prev.i + 1 else " "
        parts.append(gap + cur.text)
    text = "".join(parts).strip(" ,")
    return _clean_name(text) if text else None


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
    if any(c.dep_ == "neg" for c in verb.children):
        return None          # "did not immediately announce", "didn't disclose": no report
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "ZVECAN, Kosovo - NATO said": a dateline taken for a second subject; the sayer is the
    # subject nearest the verb
    before = [c for c in subjects if c.i < verb.i]
    after = [c for c in subjects if c.i > verb.i]
    if len(after) > 1:
        # "said study co-author Karen Alley": the parser splits the title at its hyphen; the
        # sayer is the named one
        named = [c for c in after if c.ent_type_ in ("PERSON", "ORG")]
        after = named[:1] or after[-1:]
    subj = before[-1] if before else (after[0] if after else None)
    if subj is None:
        return _trailing_sayer(verb)
    name = memory.subject_name(subj)
    if not name and subj.lower_ in _PERSONAL_PRONOUNS:
        name = _pronoun_sayer(subj, verb)     # "Minister X denied ... . He said ..."
    if not name:
        return None
    first = subj.left_edge if subj.left_edge.i < verb.i else verb
    for t in subj.doc[first.i:subj.i]:
        if t.text in ("-", "--", "\u2013", "\u2014") and t.whitespace_ and t.i > 0 \
                and t.nbor(-1).whitespace_:
            first = t.nbor(1)        # a dateline's dash: the sayer starts after it
    last = verb if verb.i > subj.right_edge.i else subj.right_edge
    text, span = _phrase_text(first, last)
    return Attribution(text=text, name=name, span=span)


#: Pronouns for one person, who may be the sayer named just before ("He said ...").
_PERSONAL_PRONOUNS = frozenset(("he", "she"))
#: Dependency labels that keep a name inside a clause's subject phrase ("Interior Minister
#: Carlos Mendiola", "An adviser to the president, Elchin Gasimov,").
_SUBJECT_PATH = frozenset(("compound", "appos", "flat", "conj", "cc", "punct"))


def _subject_person(ent) -> bool:
    """Whether a PERSON entity names (or stands in apposition to) a clause's subject. In a
    sentence without a parse (the fast mode parses only sentences with an event word), a name
    among the sentence's first words stands where a subject stands."""
    sent = ent.sent
    if not any(t.dep_ for t in sent):
        return ent.start - sent.start <= 4
    t = ent.root
    for _ in range(6):
        if t.dep_ in ("nsubj", "nsubjpass"):
            return True
        if t.dep_ not in _SUBJECT_PATH or t.head == t:
            return False
        t = t.head
    return False


def _pronoun_sayer(subj, verb) -> str | None:
    """"Interior Minister Carlos Mendiola denied ... . He said 14 officers had been injured":
    a "he"/"she" sayer is the one person named as a subject in the nearest earlier sentence
    that names anyone (one of the two before). Two different people there, or a person named
    earlier in the sayer's own sentence, leave it unknown: a wrong sayer is worse than none."""
    doc = subj.doc
    sent = subj.sent
    ents = [e for e in doc_ents(doc) if e.label_ == "PERSON"]
    if any(sent.start <= e.start and e.end <= verb.i for e in ents):
        return None
    prev_sents = []
    start = sent.start
    for _ in range(2):
        if start <= 0:
            break
        prev = doc[start - 1].sent
        prev_sents.append(prev)
        start = prev.start
    for prev in prev_sents:
        named = [e for e in ents if prev.start <= e.start and e.end <= prev.end]
        if not named:
            continue
        lasts = {e[-1].lower_ for e in named}
        if len(lasts) != 1:
            return None
        best = max(named, key=len)
        if not any(_subject_person(e) for e in named):
            return None
        return _clean_name(best.text)
    return None


_SAYER_POS = frozenset(("NOUN", "PROPN", "DET", "ADJ", "CCONJ", "PART", "NUM", "ADP"))


def _trailing_sayer(verb) -> Attribution | None:
    """"..., witnesses and a local rescue group said.": the parser may hang the sayers on the
    sentence's last object; read the noun phrase between the last comma and the verb."""
    doc = verb.doc
    sent = verb.sent
    if verb.i + 1 < sent.end and not all(t.is_punct for t in doc[verb.i + 1:sent.end]):
        return None                         # only a closing "..., X said."
    j = verb.i - 1
    while j > sent.start and doc[j].text not in (",", ";", ":", "--", "\u2014"):
        j -= 1
    if doc[j].text not in (",", ";", ":", "--", "\u2014") or verb.i - j - 1 > 10:
        return None
    words = doc[j + 1:verb.i]
    if not len(words) or not all(t.pos_ in _SAYER_POS for t in words) \
            or not any(t.pos_ in ("NOUN", "PROPN") for t in words):
        return None
    start = 1 if words[0].lower_ in ("the", "a", "an") else 0
    name = words[start:].text
    span = doc[j + 1:verb.i + 1]
    return Attribution(text=span.text, name=name, span=(span.start_char, span.end_char))


def _after_according(to, pobj) -> str | None:
    """A name right after the source noun of "according to" ("according to the state news
    agency SONNA", which parsers split), read from the words themselves."""
    doc = to.doc
    j = pobj.i + 1
    for ent in doc_ents(doc):
        if ent.start == j and ent.label_ in ("ORG", "PERSON"):
            return _clean_name(ent.text)
    return None


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
            elif pobj.ent_type_ not in _ENT_LABELS:
                name = _after_according(to, pobj) or name
            if name:
                end = pobj.right_edge
                while end.i + 1 < tok.sent.end and not end.nbor(1).is_punct and \
                        end.nbor(1).pos_ == "PROPN":
                    end = end.nbor(1)       # the name the parser left out of the phrase
                text, span = _phrase_text(tok, end)
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
                and child.tag_ not in ("VBG",) \
                and not any(c.dep_ in ("mark", "dobj") for c in child.children):
            # (not "... after the government announced new measures": a clause of its own,
            # with a conjunction and an object of its own, reports nothing of ours)
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
    seen = {clause_verb.i}
    while reporter is not None and reporter.i not in seen:
        att = from_reporting_verb(reporter, memory)
        if att is not None:
            return att
        # "X welcomed the deal and said it would release 60 detainees, the agency
        # reported": a saying with no sayer of its own is itself reported by the clause
        # above it
        seen.add(reporter.i)
        reporter = find_reporter(reporter)
    return according_to(clause_verb) or citing(clause_verb, memory)


def note_sentence(sent, memory: AttributionMemory) -> None:
    """Remember report authors named in a sentence (called on every parsed sentence)."""
    for tok in sent:
        if tok.lemma_.lower() in REPORT_NOUNS and tok.pos_ in ("NOUN", "PROPN"):
            author = memory.author_of(tok)
            if author:
                memory.authors[tok.lemma_.lower()] = author
