"""How many: numbers tied to what they count, read from the dependency parse.

Why the parse and not a quantity library: what matters is the unit ("1,200" *troops*), and
it is often far from the number ("reduced the number of their troops ... to 1,200"); generic
quantity finders see the number but not what it counts (DEPENDENCIES.md). Dates, years,
ordinals and clock times are not counts of anything an event did, so they are skipped.

Sums of money are the amount of an aid pledge, a loan, a ransom or a fine ("pledged 300
billion yen", "appealed for $45 million"): they are read from the words around a currency
sign or name (the parse splits "$1.5bn" and "2 million euros" in too many ways) and kept
with an ISO currency code as unit, when they are an argument of the event's clause (its
object, a prepositional phrase of it), never when they describe the subject or sit in a
clause of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from eventwire.model import Quantity, Span

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "hundred": 100}
MONEY = {"$", "€", "£", "¥", "dollar", "dollars", "euro", "euros", "pound", "pounds", "yuan",
         "rupee", "rupees", "usd", "eur"}
TIME_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour",
              "hours", "minute", "minutes", "second", "seconds", "decade", "decades", "century",
              "percent", "%", "a.m.", "p.m.", "am", "pm", "o'clock", "km", "kilometers",
              "kilometres", "miles", "mile", "meters", "metres", "meter", "metre", "foot", "feet",
              "inch", "inches", "acre", "acres", "hectare", "hectares", "kilogram", "kilograms",
              "kg", "kilometre", "kilometer", "kilometers", "yard", "yards"}
#: Nouns that only wrap the real unit: "the number of their troops".
WRAPPERS = {"number", "total", "count", "size", "contingent", "force", "group", "level",
            "strength", "tally", "toll", "some", "all"}
#: What a casualty count is called, by the verb that counts it.
CASUALTY_VERBS = {"kill": "killed", "die": "dead", "wound": "injured", "injure": "injured",
                  "hurt": "injured", "arrest": "arrested", "detain": "arrested",
                  "abduct": "abducted", "kidnap": "abducted", "displace": "displaced",
                  "evacuate": "evacuated", "release": "released", "free": "released"}
#: "left six soldiers dead": the count's unit by the state the event left them in.
LEFT_STATES = {"dead": "killed", "injured": "injured", "wounded": "injured",
               "hurt": "injured", "homeless": "displaced", "missing": "missing"}
_NUM_RE = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def parse_number(text: str) -> float | None:
    """'1,200' -> 1200, 'two' -> 2; None for what is not a plain number."""
    t = text.lower().strip()
    if _NUM_RE.match(t):
        return float(t.replace(",", ""))
    return float(WORD_NUMBERS[t]) if t in WORD_NUMBERS else None


def _plural(noun) -> str:
    text = noun.text.lower()
    if noun.tag_ in ("NNS", "NNPS"):
        return text
    lemma = noun.lemma_.lower() or text
    if lemma.endswith("y") and lemma[-2:-1] not in ("a", "e", "o", "u"):
        return lemma[:-1] + "ies"
    if lemma.endswith(("s", "x", "ch", "sh")):
        return lemma + "es"
    return lemma + "s"


_TENS = frozenset(("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"))


def _value(tok) -> tuple[float, list] | None:
    """The value of a number token with its compound parts ("1.5 million", "two hundred",
    "sixty-six")."""
    value = parse_number(tok.text)
    parts = [tok]
    doc = tok.doc
    if value is not None and value < 10 and tok.i >= 2 and doc[tok.i - 1].text == "-" \
            and doc[tok.i - 2].lower_ in _TENS and not doc[tok.i - 1].whitespace_:
        value += WORD_NUMBERS[doc[tok.i - 2].lower_]       # "Sixty-six" -> 66
        parts += [doc[tok.i - 1], doc[tok.i - 2]]
    elif value is not None and value >= 20 and tok.lower_ in _TENS and tok.i + 2 < len(doc) \
            and doc[tok.i + 1].text == "-" and not tok.whitespace_ \
            and parse_number(doc[tok.i + 2].text) is not None:
        return None                                         # counted at "six" of "sixty-six"
    if value is None and tok.lower_ in SCALES:
        value = 1.0
    if value is None:
        return None
    for child in tok.children:                    # "1.5 million": million <- 1.5 (compound)
        if child.dep_ in ("compound", "quantmod") and child.i < tok.i:
            v = parse_number(child.text)
            if v is not None:
                value *= v if tok.lower_ in SCALES else 1
                parts.append(child)
    if tok.head.lower_ in SCALES and tok.head.i == tok.i + 1:     # "2 million"
        value *= SCALES[tok.head.lower_]
        parts.append(tok.head)
        return value, parts
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in SCALES and nxt.head == tok.head and nxt.i not in (
            p.i for p in parts):
        value *= SCALES[nxt.lower_]
        parts.append(nxt)
    return value, parts


def _is_excluded(tok, date_spans: list[Span]) -> bool:
    if any(s <= tok.idx < e for s, e in date_spans):
        return True
    t = tok.text
    if tok.ent_type_ in ("DATE", "TIME", "ORDINAL", "PERCENT", "MONEY"):
        return True
    if re.fullmatch(r"(1[89]|20)\d{2}", t) and tok.ent_type_ != "CARDINAL":
        return True                                 # a year
    if ":" in t or t.lower().endswith(("st", "nd", "rd", "th")):
        return True
    prev = tok.nbor(-1) if tok.i > 0 else None
    if prev is not None and prev.text in MONEY:
        return True
    doc = tok.doc
    # "aged 35", "ranging in age from eleven to 75": ages
    if any(t.lower_ in ("age", "aged", "ages") for t in doc[max(tok.sent.start, tok.i - 4):tok.i]):
        return True
    # "a two-thirds majority", "three quarters of": fractions
    nxt = [t.lower_ for t in doc[tok.i + 1:tok.i + 3]]
    if any(w in _FRACTIONS for w in nxt):
        return True
    # "Article 50", "Resolution 2254", "Flight 17": a number that names, not counts
    if prev is not None and prev.i == tok.head.i and prev.text[:1].isupper() \
            and prev.pos_ in ("PROPN", "NOUN") and not prev.is_sent_start:
        return True
    # "the Top Two primary", "the Group of Seven": a number word written with a capital
    # inside a sentence is part of a name
    if t.isalpha() and t[:1].isupper() and not t.isupper() and not tok.is_sent_start \
            and prev is not None and prev.text[:1].isalpha():
        return True
    # "world ranking number 27", "No. 5", "ranked 12", "seeded 3": a rank or an index
    if prev is not None and (prev.lower_ in _INDEX_WORDS or prev.text == "#"):
        return True
    # "0100 UTC", "at 1800 GMT": a clock time
    nxt_tok = tok.nbor(1) if tok.i + 1 < len(doc) else None
    if nxt_tok is not None and nxt_tok.lower_ in _CLOCK_ZONES:
        return True
    # "x86-64", "Su-25", "MH-17": the number is part of a name written with a hyphen
    if prev is not None and prev.text in ("-", "\u2011") and not prev.whitespace_ \
            and tok.i >= 2 and not doc[tok.i - 2].whitespace_ \
            and any(c.isalpha() for c in doc[tok.i - 2].text) \
            and parse_number(doc[tok.i - 2].text) is None and doc[tok.i - 2].lower_ not in _TENS:
        return True
    return False


#: Words before a number that make it a rank or an index, not a count.
_INDEX_WORDS = frozenset(("number", "no.", "nos.", "ranked", "ranking", "rank", "seeded",
                          "seed", "page", "chapter", "section", "version", "channel",
                          "platform", "gate", "terminal", "exit", "grade", "category"))
#: Time zones and "local" after a clock time ("0100 UTC", "14:00 local time").
_CLOCK_ZONES = frozenset(("utc", "gmt", "bst", "cet", "cest", "eet", "eest", "est", "edt",
                          "cst", "cdt", "mst", "mdt", "pst", "pdt", "ist", "jst", "aest",
                          "local", "hrs", "hours", "h"))


_FRACTIONS = frozenset(("third", "thirds", "quarter", "quarters", "half", "halves", "fifth",
                        "fifths", "tenth", "tenths"))


def _unit(tok, clause_verb) -> tuple[str | None, object | None]:
    """What the number counts, and the token that says so."""
    head = tok.head
    # "29-country": tokens 29 - country
    if tok.i + 2 < len(tok.doc) and tok.nbor(1).text == "-" and tok.nbor(2).pos_ == "NOUN":
        noun = tok.nbor(2)
        if noun.lower_ in TIME_UNITS or _plural(noun) in TIME_UNITS:
            return None, None          # "a 2,200-kilometre border", "a 22-year-old": a measure
        return _plural(noun), noun
    top = tok                          # the number phrase's top word ("million" of "2.7 million")
    while head.lower_ in SCALES and head != head.head:
        top, head = head, head.head
    # "17 of the country's 24 provinces", "four of the hostages": the noun of the of-phrase
    # ("one of these groups" picks one out, it counts nothing)
    for prep in (tok.children if parse_number(tok.text) != 1 else ()):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            noun = next((c for c in prep.children if c.dep_ == "pobj"
                         and c.pos_ in ("NOUN", "PROPN") and c.tag_ in ("NNS", "NNPS")), None)
            if noun is not None and noun.lower_ not in TIME_UNITS | MONEY:
                if tok.dep_ in ("nsubjpass", "dobj", "nsubj") and head.lemma_ in CASUALTY_VERBS:
                    return CASUALTY_VERBS[head.lemma_], noun
                return _plural(noun), noun
    if tok.dep_ in ("nummod", "quantmod", "compound", "amod") or head.pos_ in ("NOUN", "PROPN"):
        if head.pos_ in ("NOUN", "PROPN") and head.lower_ not in TIME_UNITS | MONEY:
            noun = head
            verb = noun.head
            if noun.dep_ in ("nsubjpass", "dobj", "nsubj") and verb.lemma_ in CASUALTY_VERBS:
                return CASUALTY_VERBS[verb.lemma_], noun
            if noun.dep_ == "dobj" and verb.lemma_ == "leave":
                # "a blast that left six soldiers dead": the state they were left in
                state = next((LEFT_STATES[c.lower_] for c in verb.children
                              if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "advmod", "amod")
                              and c.lower_ in LEFT_STATES), None)
                if state is None:
                    state = next((LEFT_STATES[c.lower_] for c in noun.rights
                                  if c.lower_ in LEFT_STATES), None)
                if state is not None:
                    return state, noun
            nxt = noun.nbor(1) if noun.i + 2 < len(noun.doc) else None
            if nxt is not None and nxt.text == "-" and not noun.whitespace_ \
                    and not nxt.whitespace_ and noun.nbor(2).pos_ == "NOUN":
                return _plural(noun.nbor(2)), noun.nbor(2)      # "78 co-petitioners"
            return _plural(noun), noun
        if head.lower_ in TIME_UNITS | MONEY:
            return None, None
    # "reduced ... to 1,200": the number stands alone; the unit is the clause's object
    if top.dep_ == "pobj" and head.lower_ in ("to", "by", "from") and clause_verb is not None:
        for obj in clause_verb.children:
            if obj.dep_ in ("dobj", "nsubjpass"):
                noun = obj
                if noun.lower_ in WRAPPERS:
                    for prep in noun.children:
                        if prep.dep_ == "prep" and prep.lower_ == "of":
                            for pobj in prep.children:
                                if pobj.dep_ == "pobj":
                                    noun = pobj
                if noun.lower_ not in WRAPPERS and noun.pos_ != "PROPN":
                    return _plural(noun), noun      # (a name counts nothing: "called
                                                    # Nevada ... to Trump's 214")
    if tok.dep_ in ("nsubjpass", "dobj", "nsubj") and head.lemma_ in CASUALTY_VERBS:
        return CASUALTY_VERBS[head.lemma_], None          # "12 were killed"
    return None, None


_COMPARATIVES = frozenset({"more", "fewer", "less"})
_CASUALTIES = frozenset(CASUALTY_VERBS.values())


def _modifies_number(prev, start: int, end: int) -> bool:
    """Whether ``prev`` belongs to the number phrase spanning tokens start..end."""
    if not start <= prev.head.i <= end:
        return False
    return prev.dep_ in ("quantmod", "advmod") or (prev.dep_ == "amod"
                                                   and prev.lower_ in _COMPARATIVES)


def quantities_in(tokens: Iterable, clause_verb=None,
                  date_spans: list[Span] | None = None) -> list[Quantity]:
    """Counts among ``tokens`` (the event's clause), each with its unit; never dates, years,
    ordinals, times or money. Numbers whose unit cannot be found are left out."""
    tokens = list(tokens) + _light_verb_arguments(tokens, clause_verb)
    out: list[Quantity] = []
    seen: set[int] = set()
    dates = date_spans or []
    money = money_in(_money_around(tokens) + tokens, clause_verb)
    skip = _partitive_wholes(tokens) | _money_tokens(tokens)
    present = {t.i for t in tokens}
    roots = {t.i for t in tokens if t.head.i not in present or t.head == t}
    for tok in tokens:
        if tok.i in seen or not (tok.like_num or tok.pos_ == "NUM"):
            continue                    # the cheap test first: most tokens are no number
        if tok.i in skip or _in_own_clause(tok, clause_verb) or _in_source_phrase(tok) \
                or _describes_participant(tok, clause_verb, roots) \
                or _told_by_other(tok, clause_verb) or _in_conjoined_act(tok, clause_verb) \
                or _vague(tok):
            continue
        if tok.lower_ in SCALES and tok.i > 0 and tok.nbor(-1).like_num:
            continue                                   # "million" of "1.5 million"
        if _is_excluded(tok, dates):
            continue
        got = _value(tok)
        if got is None:
            continue
        value, parts = got
        unit, noun = _unit(tok, clause_verb)
        if not unit:
            continue
        if value == 1 and unit not in _CASUALTIES:
            continue                 # "one man", "a quarter million": no count of anything
        seen.update(p.i for p in parts)
        start = min([p.i for p in parts] + [c.i for c in tok.children
                                             if c.dep_ in ("quantmod", "advmod")])
        end = max(p.i for p in parts)
        # "about 5,200", "at least 12", "more than 200": the modifier hangs on the number or
        # on a word of the modifier already taken ("at" -> "least" -> "12")
        while start > 0 and _modifies_number(tok.doc[start - 1], start, end):
            start -= 1
        if noun is not None and noun.i > end and noun.i - end <= 4:
            end = noun.i
        span_tokens = tok.doc[start:end + 1]
        out.append(Quantity(value=value, unit=unit, text=span_tokens.text,
                            span=(span_tokens.start_char, span_tokens.end_char)))
    if money:
        out = sorted(out + money, key=lambda q: q.span[0] if q.span else 0)
    return out


_OWN_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl"})


def _on_path(tok, clause_verb, verdict) -> bool:
    """Climb from a number towards the event's clause verb; the first token on the way for
    which ``verdict`` says True or False decides (None: climb on). False at the verb."""
    if clause_verb is None:
        return False
    t = tok
    for _ in range(12):
        if t == clause_verb or t.head == t:
            return False
        said = verdict(t)
        if said is not None:
            return said
        t = t.head
    return False


def _in_conjoined_act(tok, clause_verb) -> bool:
    """Whether a number counts what a second, conjoined verb of another kind of act did
    ("fired tear gas at the crowd and arrested 58 people": the 58 are the arrest's, not the
    tear gas's; but "killed 12 and wounded 20" is one attack)."""
    if clause_verb is None:
        return False
    from eventwire.events.extract import match_verb

    def verdict(t) -> bool | None:
        if t.dep_ == "conj" and t.pos_ == "VERB" and t.head == clause_verb:
            hit, own = match_verb(t), match_verb(clause_verb)
            return hit is not None and (own is None or hit[0].type != own[0].type)
        return None
    return _on_path(tok, clause_verb, verdict)


#: Words that make a round number no count ("several hundred", "a few thousand").
_VAGUE = frozenset(("several", "few", "some", "many", "numerous", "countless"))


def _vague(tok) -> bool:
    """"Several hundred supporters": no number a reader could check."""
    if tok.lower_ not in SCALES and tok.lower_ not in ("dozen", "dozens"):
        return False
    prev = tok.nbor(-1) if tok.i > 0 else None
    return any(c.lower_ in _VAGUE for c in tok.children) or \
        prev is not None and prev.lower_ in _VAGUE


def _in_own_clause(tok, clause_verb) -> bool:
    """Whether a number sits in a clause with its own subject below the event's clause
    ("for central Mozambique, where the cyclone has destroyed 10,000 homes"): that clause
    counts something else."""
    return _on_path(tok, clause_verb, lambda t: True if t.dep_ in _OWN_CLAUSE_DEPS and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("who", "which", "that")
        for c in t.children) else None)


#: Verbs of harm whose toll, told by someone else, is still the event's own count.
_HARM_VERBS = frozenset(("kill", "die", "wound", "injure", "hurt"))
#: Verbs of saying: what they say below the event's clause is another statement's content.
_SAYING = frozenset(("say", "tell", "report", "state", "announce", "claim", "add", "confirm",
                     "warn", "declare", "insist", "explain", "stress", "note", "reveal"))


def _told_by_other(tok, clause_verb) -> bool:
    """Whether a number is said by a verb of saying that sits below (or beside) the event's
    clause: "appealed for $2.5 billion, warning that 18 million people would need food" (the
    appeal's sum, not the people in the warning), "welcomed the agreement and said it would
    release 60 detainees" (the welcome counts nothing). The event's own clause under a saying
    ("police said they arrested 40") stops the climb first, so its count stays; so does a
    toll told of the event ("gunmen attacked the village, and police said 12 were killed")."""
    def verdict(t) -> bool | None:
        if t.dep_ in ("ccomp", "parataxis") and t.head != clause_verb \
                and t.head.pos_ in ("VERB", "AUX") and t.head.lemma_.lower() in _SAYING:
            return t.lemma_.lower() not in _HARM_VERBS
        return None
    return _on_path(tok, clause_verb, verdict)


#: Nouns for people, whose relative clause describes them, not the event.
_PERSON_NOUNS = frozenset(("man", "woman", "men", "women", "suspect", "gunman", "attacker",
                           "person", "people", "child", "boy", "girl", "driver", "officer",
                           "soldier", "leader", "member", "lawyer", "doctor", "journalist"))


#: Prepositions of a light verb that bring in whom its event noun is aimed at.
_LIGHT_PREPS = frozenset(("on", "against", "to", "for", "at"))


def _light_verb_arguments(tokens: list, clause_verb) -> list:
    """"imposed entry bans on 12 French lawmakers", "launched raids against three camps":
    when the event is a noun, the object of a verb, the verb's prepositional phrases after
    it name what the event is aimed at (the parser hangs them on the verb)."""
    if clause_verb is None or not tokens:
        return []
    present = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in present or t.head == t]
    if len(roots) != 1 or roots[0].dep_ != "dobj" or roots[0].head != clause_verb:
        return []
    noun = roots[0]
    extra = []
    for prep in clause_verb.children:
        if prep.dep_ == "prep" and prep.lower_ in _LIGHT_PREPS and prep.i > noun.i:
            extra.extend(t for t in prep.subtree if t.i not in present)
    return extra


def _describes_participant(tok, clause_verb, roots: set[int]) -> bool:
    """Whether a number sits in a relative clause that describes a participant of the event,
    not the event itself: "Rittenhouse, the suspect in a shooting that left two people dead,
    was released", "arrested the man who killed three people". A relative clause on the event
    noun itself ("an attack which killed 12 people") counts the event."""
    if clause_verb is None:
        return False
    subject = {t.i for c in clause_verb.children if c.dep_ in ("nsubj", "nsubjpass")
               for t in c.subtree}
    t = tok
    for _ in range(12):
        if t == clause_verb or t.head == t or t.i in roots:
            return False
        if t.dep_ == "relcl" and t.head.i not in roots and t.head != clause_verb:
            head = t.head
            return head.i in subject or head.ent_type_ == "PERSON" or \
                head.lemma_.lower() in _PERSON_NOUNS or head.lower_ in _PERSON_NOUNS or \
                _other_event_noun(head, clause_verb)
        t = t.head
    return False


def _other_event_noun(noun, clause_verb) -> bool:
    """"charged with murder over a shooting, which caused the death of 50 people": a relative
    clause on another event's noun counts that event. (Not under a clause of killing or
    attacking itself: "killed 12 in an attack which wounded 30" counts one attack.)"""
    from eventwire.events.lexicon import NOUNS

    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in NOUNS:
        return False
    return clause_verb.lemma_.lower() not in CASUALTY_VERBS.keys() | _ATTACK_VERBS


_ATTACK_VERBS = frozenset(("attack", "strike", "hit", "bomb", "shell", "shoot", "stab", "raid",
                           "storm", "ambush", "fire", "target", "cause", "leave"))


def _in_source_phrase(tok) -> bool:
    """"according to a relative of one of the captives": the source, not the event."""
    t = tok
    for _ in range(10):
        if t.lower_ == "according" or t.head == t:
            return t.lower_ == "according"
        t = t.head
    return False


def _money_tokens(tokens: list) -> set[int]:
    """Token indices of every sum of money among ``tokens`` (never counted as a count)."""
    out: set[int] = set()
    for q in money_in(tokens, None):
        if q.span:
            out.update(t.i for t in tokens if q.span[0] <= t.idx < q.span[1])
    return out


def _partitive_wholes(tokens: list) -> set[int]:
    """"17 of the country's 24 provinces": the 24 is the whole the count is taken from, not
    the count; its number tokens are skipped."""
    skip: set[int] = set()
    for tok in tokens:
        if not (tok.like_num and parse_number(tok.text) is not None):
            continue
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for noun in prep.children:
                    if noun.dep_ == "pobj":
                        skip.update(c.i for c in noun.children
                                    if c.dep_ == "nummod" and c.like_num)
    return skip


# ------------------------------------------------------------------------------ money
#: Currency signs before the amount ("$45 million", "US$3m", "€2 billion").
CURRENCY_SIGNS = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP",
                  "gbp": "GBP", "¥": "JPY", "a$": "AUD", "c$": "CAD", "hk$": "HKD", "₹": "INR",
                  "rs": "INR", "rs.": "INR", "₦": "NGN", "₪": "ILS", "₽": "RUB", "₺": "TRY",
                  "r$": "BRL", "chf": "CHF", "sfr": "CHF"}
#: Currency names after the amount ("2 million euros", "300 billion yen"); None: a name shared
#: by several currencies (pesos, dinars) keeps the word itself as the unit.
CURRENCY_NAMES = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
                  "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR",
                  "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
                  "shekel": "ILS", "shekels": "ILS", "naira": "NGN", "rand": "ZAR",
                  "lira": "TRY", "liras": "TRY", "won": "KRW", "hryvnia": "UAH",
                  "hryvnias": "UAH", "sterling": "GBP", "francs": None, "pesos": None,
                  "peso": None, "dinars": None, "dinar": None, "riyals": None, "riyal": None,
                  "rials": None, "rial": None, "pounds": None, "pound": None, "shillings": None,
                  "kwacha": None, "cedis": None, "taka": None, "ringgit": "MYR", "baht": "THB",
                  "rupiah": "IDR", "dirhams": "AED", "reais": "BRL", "reals": "BRL"}
#: Scale words and their suffix forms ("$45m", "$1.5bn").
MONEY_SCALES = {**SCALES, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3,
                "tn": 1e12, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5}
_AMOUNT = re.compile(r"^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(m|mn|bn|b|k|tn)?$", re.I)
#: Dependencies that lead from a sum to its event's verb: objects and prepositional phrases.
_ARG_DEPS = frozenset({"dobj", "pobj", "prep", "npadvmod", "attr", "nsubjpass", "appos", "conj",
                       "compound", "nmod", "nummod", "quantmod", "dative", "oprd", "pcomp",
                       "amod", "advmod", "cc"})
#: Demonyms that make "dollars" another country's ("Australian dollars").
_OTHER_DOLLARS = frozenset({"australian", "canadian", "hong", "kong", "singapore", "new",
                            "zealand", "taiwan", "taiwanese", "jamaican", "namibian",
                            "liberian", "zimbabwean", "east", "caribbean"})


def _amount(text: str) -> tuple[float, float] | None:
    """'1.5bn' -> (1.5, 1e9); '45' -> (45, 1); '2,000' -> (2000, 1)."""
    m = _AMOUNT.match(text)
    if not m:
        w = WORD_NUMBERS.get(text.lower())
        return (float(w), 1.0) if w is not None else None
    scale = MONEY_SCALES[m.group(2).lower()] if m.group(2) else 1.0
    return float(m.group(1).replace(",", "")), scale


def _sum_after_sign(doc, i: int) -> tuple[float, int] | None:
    """The amount after a currency sign at token i: (value, index of its last token)."""
    j = i + 1
    if j >= len(doc):
        return None
    got = _amount(doc[j].text)
    if got is None:
        return None
    value, scale = got
    if scale == 1.0 and j + 1 < len(doc) and doc[j + 1].lower_ in MONEY_SCALES and \
            doc[j + 1].lower_ not in ("hundred",) and not doc[j + 1].is_sent_start:
        scale = MONEY_SCALES[doc[j + 1].lower_]
        j += 1
    return value * scale, j


def _sum_before_name(doc, i: int) -> tuple[float, int] | None:
    """The amount before a currency name at token i: (value, index of its first token)."""
    j = i - 1
    scale = 1.0
    for _ in range(2):              # "20 million Australian dollars", "Hong Kong dollars"
        if j >= 0 and doc[j].text[:1].isupper() and doc[j].pos_ in ("ADJ", "PROPN"):
            j -= 1
    if j >= 0 and doc[j].lower_ in MONEY_SCALES and doc[j].lower_ not in ("m", "b", "k"):
        scale = MONEY_SCALES[doc[j].lower_]
        j -= 1
    if j < 0:
        return None
    got = _amount(doc[j].text)
    if got is None:
        return None
    value, inner = got
    return value * inner * scale, j


def _currency_unit(doc, i: int, code: str | None) -> str:
    word = doc[i].lower_
    if word.startswith("dollar") and i > 0 and doc[i - 1].lower_ in _OTHER_DOLLARS:
        first = i - 2 if i > 1 and doc[i - 2].lower_ in _OTHER_DOLLARS else i - 1
        return f"{doc[first:i].text} dollars"
    if word in ("pound", "pounds") and i > 0 and doc[i - 1].lower_ in ("egyptian", "lebanese",
                                                                     "syrian", "sudanese"):
        return f"{doc[i - 1].text} pounds"
    return code or word


def _phrase_head(doc, start: int, end: int):
    """The token of doc[start:end+1] whose head lies outside it (the phrase's head)."""
    inside = range(start, end + 1)
    heads = [t for t in doc[start:end + 1] if t.head.i not in inside or t.head == t]
    return heads[0] if heads else doc[end]


def _is_argument(head, clause_verb) -> bool:
    """Whether a phrase headed by ``head`` is an argument of ``clause_verb``: reached through
    objects and prepositional phrases, not through a subject or another clause."""
    if clause_verb is None:
        return True
    t = head
    for _ in range(8):
        if t == clause_verb:
            return True
        if t.dep_ not in _ARG_DEPS or t.head == t:
            return False
        t = t.head
    return False


def money_in(tokens: Iterable, clause_verb=None) -> list[Quantity]:
    """Sums of money among ``tokens`` that are arguments of ``clause_verb``: value in units of
    the currency, unit its ISO code ("USD") or name where the name is shared ("pesos")."""
    toks = list(tokens)
    if not toks:
        return []
    doc = toks[0].doc
    present = {t.i for t in toks}
    out: list[Quantity] = []
    used: set[int] = set()
    for tok in toks:
        if tok.i in used:
            continue
        low = tok.lower_
        got = None
        if low in CURRENCY_SIGNS:
            r = _sum_after_sign(doc, tok.i)
            if r is not None:
                got = (r[0], tok.i, r[1], CURRENCY_SIGNS[low])
        elif low in CURRENCY_NAMES and tok.pos_ in ("NOUN", "PROPN", "NUM"):
            if low in ("pound", "pounds") and any(c.lower_ == "of" for c in tok.children):
                continue                        # "20,000 pounds of food": a weight
            if low == "won" and tok.pos_ != "NOUN":
                continue
            r = _sum_before_name(doc, tok.i)
            if r is not None:
                got = (r[0], r[1], tok.i, _currency_unit(doc, tok.i, CURRENCY_NAMES[low]))
        if got is None:
            continue
        value, start, end, unit = got
        if not any(i in present for i in range(start, end + 1)):
            continue
        if not _is_argument(_phrase_head(doc, start, end), clause_verb):
            continue
        used.update(range(start, end + 1))
        # "about $45 million", "more than $2 billion"
        while start > 0 and doc[start - 1].lower_ in ("about", "around", "some", "nearly",
                                                       "almost", "roughly", "approximately",
                                                       "over", "least", "than", "more",
                                                       "at", "up", "to", "an", "additional",
                                                       "extra", "further", "another"):
            if doc[start - 1].lower_ == "to" and doc[start - 2].lower_ != "up":
                break
            start -= 1
        while doc[start].lower_ in ("an", "additional", "extra", "further", "another", "to"):
            start += 1
        span = doc[start:end + 1]
        out.append(Quantity(value=value, unit=unit, text=span.text,
                            span=(span.start_char, span.end_char)))
    return out


def _money_around(tokens: list):
    """A nominal event inside a sum ("$10 million in assistance", "2 million euros of aid"):
    the sum's tokens, which lie outside the event noun's own subtree."""
    if not tokens:
        return []
    present = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in present]
    if len(roots) != 1:
        return []
    root = roots[0]
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("in", "of", "for") or prep.head == prep:
        return []
    amount = prep.head
    if amount.lower_ in CURRENCY_NAMES or amount.lower_ in MONEY_SCALES or amount.like_num:
        return [t for t in amount.subtree if t.i not in present and t.i < prep.i]
    return []
