"""User actor dictionaries layered over the built-in knowledge base.

Conflict researchers arrive with their own actor lists: TABARI/PETRARCH/Phoenix ``.actors``
files (``PHRASE [CODE]`` with CAMEO actor codes), PETRARCH agents files (role words such as
``FARMER [~AGR]``) and tables in eventwire's own TSV layout (the columns of
``eventwire/data/actors.tsv``). ``read_dictionary`` reads one file (format sniffed from the
content, or from the name), ``load_knowledge_base`` builds a ``LayeredKnowledgeBase``: the
built-in one plus the user's entries, which win over built-in entries for the same name.

Why a layer and not an edit of the built-in tables: the built-in KB is shared, cached and
tuned; a user's dictionary must change only the runs that ask for it, and a figure obtained
with a dictionary must never be mistaken for the built-in one (``describe``).

CAMEO actor codes are read as (country, sector): the first three letters are an ISO alpha-3
country (a few CAMEO-only codes are mapped, regions and non-state prefixes have none), the
following three-letter segments are roles, the first one eventwire has a sector for wins.
Codes with date restrictions (``[AFGGOV 011222-041207]``) keep a country or sector only when
every code of the entry agrees on it, unless an ``as_of`` date picks the codes in force then.
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable, Sequence

from eventwire.actors.tables import KINDS, ActorEntry, KnowledgeBase, _is_acronym, key
from eventwire.errors import UsageError, warn

FORMATS = ("tabari", "agents", "tsv")

#: eventwire's sectors (model.SECTORS), repeated here so the reader imports nothing heavy.
SECTORS = frozenset("GOV MIL LEG JUD REB OPP PTY REL MED CVL BUS IGO NGO".split())

#: CAMEO role and agent codes -> the nearest eventwire sector. Police and intelligence are
#: GOV as in eventwire's role table (roles.tsv: police, intelligence); insurgents and
#: unaligned armed forces are REB; farmers, students, workers, refugees and "the people" are
#: civilians. Codes with no fitting sector (ELI elites, HLH health, HRI human rights, ENV,
#: DEV, CRM criminals, MOD/RAD, religions, ethnic groups, IGO sub-codes) map to nothing, so
#: the scan goes on to the next segment or the sector stays null.
CAMEO_SECTOR: dict[str, str] = {
    **{s: s for s in SECTORS},
    "COP": "GOV", "SPY": "GOV", "INS": "REB", "UAF": "REB", "IMG": "REB", "MNC": "BUS",
    "AGR": "CVL", "EDU": "CVL", "LAB": "CVL", "REF": "CVL", "PPL": "CVL",
}

#: CAMEO country codes that are not (or no longer) the ISO alpha-3 of the same country.
CAMEO_COUNTRY: dict[str, str] = {"TMP": "TLS", "KSV": "XKX", "KOS": "XKX", "ROM": "ROU",
                                 "ZAR": "COD"}

#: CAMEO prefixes with no country: non-state actors and regions. Historic states (USR, YUG,
#: DDR, CSK, SCG) are not ISO codes today and get no country either.
CAMEO_NO_COUNTRY = frozenset(
    "IGO NGO NGM MNC IMG INT UIS ELI MED --- "
    "AFR ASA BLK CRB CAU CFR CAS CEU EIN EAF EEU EUR LAM MEA MDT NAF NMR PGS SCN SAM SAS SEA "
    "SAF WAF WST WEU".split())

#: Words that make a dictionary phrase an organisation rather than a person.
_ORG_WORDS = frozenset(
    "ministry ministries department office council committee commission assembly parliament "
    "senate congress court tribunal army forces force police guard guards navy corps brigade "
    "brigades battalion regiment militia front movement party union league organization "
    "organisation association federation group agency authority administration government "
    "cabinet bureau service services institute foundation fund bank company corporation "
    "network alliance coalition unit units command mission board centre center society "
    "church university school agency media news radio television tv times post journal "
    "press people republic state kingdom emirate region province city islands island "
    "liberation resistance revolutionary jihad al-qaeda taliban".split())

_CODE_GROUP = re.compile(r"\[([^\[\]]*)\]")
_CODE = re.compile(r"^(?:[A-Z]{3}|---)(?:[A-Z0-9]{3}|---)*$")   # NGO codes carry numbers
_DATE = r"(\d{6}|\d{8})"
_DATE_SPEC = re.compile(rf"^(?:<{_DATE}|>{_DATE}|{_DATE}-{_DATE})$")
_AGENT_CODE = re.compile(r"^~?[A-Z]{3}(?:[A-Z]{3})*~?$")
_PLURAL = re.compile(r"\{([^{}]*)\}")
_MACRO_DEF = re.compile(r"^!([A-Z0-9_]+)!\s*=\s*(.+)$", re.I)
_MACRO_USE = re.compile(r"!([A-Z0-9_]+)!", re.I)
_PAREN_ACRONYM = re.compile(r"\(([A-Za-z.]{2,8})\)")
_VOWEL = re.compile(r"[AEIOUYaeiouy]")
_ASCII_ALNUM = re.compile(r"[0-9A-Za-z]")

#: Malformed lines reported one by one per file; the rest are counted in one summary warning.
MAX_LINE_WARNINGS = 10


# -- what a file holds -----------------------------------------------------------------------

@dataclass(frozen=True)
class Code:
    """One CAMEO code of an entry, with the dates it applies to (None: open)."""

    code: str
    start: date | None = None
    end: date | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass
class UserActor:
    """One entry of a user dictionary: its names, and what eventwire makes of its codes."""

    entry: ActorEntry
    aliases: tuple[str, ...]
    line: int


@dataclass(eq=False)
class ActorDictionary:
    """What one file gave: actor entries, role words, and the counts for the log."""

    path: str
    format: str
    actors: list[UserActor] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)
    skipped_lines: int = 0          # malformed lines (each warned, up to MAX_LINE_WARNINGS)
    uninformative: int = 0          # entries whose codes give neither country nor sector
    places: int = 0                 # city/region synonyms of a country, left to where.py
    lone_words: int = 0             # one-word country synonyms that name no country
    role_words_without_sector: int = 0

    @property
    def entries(self) -> int:
        return len(self.actors) + len(self.roles)

    def summary(self) -> str:
        name = os.path.basename(self.path)
        parts = [f"{len(self.actors)} actors ({sum(len(a.aliases) for a in self.actors)} names)"]
        if self.roles or self.format == "agents":
            parts.append(f"{len(self.roles)} role words")
        if self.places:
            parts.append(f"{self.places} city/region names of a country left to the place "
                         "resolver")
        if self.lone_words:
            parts.append(f"{self.lone_words} one-word country synonyms that are no name of "
                         "the country left out")
        if self.uninformative:
            parts.append(f"{self.uninformative} entries with no country or sector left out")
        if self.role_words_without_sector:
            parts.append(f"{self.role_words_without_sector} role words with no eventwire "
                         "sector left out")
        parts.append(f"{self.skipped_lines} malformed lines skipped")
        return f"actor dictionary {name} ({self.format}): " + ", ".join(parts)


class _Reporter:
    """Coded warnings for malformed lines: the first few one by one, then a count."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.count = 0

    def bad(self, line: int, detail: str) -> None:
        self.count += 1
        if self.count <= MAX_LINE_WARNINGS:
            warn("W021", path=self.path, line=line, detail=detail)

    def close(self) -> None:
        if self.count > MAX_LINE_WARNINGS:
            warn("W022", path=self.path, n=self.count - MAX_LINE_WARNINGS)


# -- CAMEO codes ------------------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def _iso3() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries) | {"XKX"}


def cameo_country(code: str) -> str | None:
    """The ISO alpha-3 country of a CAMEO actor code ("AFGGOV" -> "AFG", "TMPREB" -> "TLS"),
    or None for non-state, regional, historic and unknown prefixes ("IGOUNO", "MEA", "USR")."""
    head = code.lstrip("~")[:3].upper()
    if head in CAMEO_NO_COUNTRY:
        return None
    head = CAMEO_COUNTRY.get(head, head)
    return head if head in _iso3() else None


def cameo_sector(code: str) -> str | None:
    """The eventwire sector of a CAMEO actor or agent code: a non-state prefix (IGO, NGO,
    MNC, IMG, MED) decides; else the first role segment that has a sector ("USAELIGOV" ->
    GOV, "PSEREB" -> REB, "---GOV" -> GOV, agent "~COP" -> GOV, "AFGELI" -> None)."""
    agent = "~" in code
    c = code.replace("~", "").upper()
    segments = [c[i:i + 3] for i in range(0, len(c) - 2, 3)]
    if not segments:
        return None
    if segments[0] in ("IGO", "NGO", "MNC", "IMG", "MED"):
        return CAMEO_SECTOR[segments[0]]
    for seg in segments if agent else segments[1:]:   # an actor code starts with its country
        if seg in CAMEO_SECTOR:
            return CAMEO_SECTOR[seg]
    return None


def _parse_date(text: str) -> date:
    """YYMMDD (years 00-29 are 20xx, 30-99 are 19xx, as in TABARI) or YYYYMMDD."""
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy < 30 else 1900 + yy
        return date(year, int(text[2:4]), int(text[4:6]))
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def parse_code(group: str) -> Code:
    """One bracketed code: ``AFGGOV``, ``AFGGOV <011222``, ``AFGGOV >011222``,
    ``AFGGOV 011222-041207``; raises ValueError with the reason."""
    parts = group.split()
    if not parts:
        raise ValueError("empty code []")
    code = parts[0].upper()
    if not _CODE.match(code):
        raise ValueError(f"not a CAMEO actor code: {parts[0]!r}")
    if len(parts) == 1:
        return Code(code)
    spec = "".join(parts[1:])
    m = _DATE_SPEC.match(spec)
    if m is None:
        raise ValueError(f"bad date restriction {' '.join(parts[1:])!r} (expected <YYMMDD, "
                         ">YYMMDD or YYMMDD-YYMMDD)")
    try:
        if m.group(1):
            return Code(code, end=_parse_date(m.group(1)))
        if m.group(2):
            return Code(code, start=_parse_date(m.group(2)))
        return Code(code, start=_parse_date(m.group(3)), end=_parse_date(m.group(4)))
    except ValueError as exc:
        raise ValueError(f"bad date in {' '.join(parts[1:])!r}: {exc}") from None


def resolve_codes(codes: Sequence[Code], as_of: date | None = None
                  ) -> tuple[str | None, str | None]:
    """(country, sector) of an entry's codes. Without ``as_of``: a value is kept only when
    every code agrees on it (a person who was AFGELI then AFGGOV keeps AFG and no sector).
    With ``as_of``: the dated codes in force that day, else the undated (default) ones."""
    active = list(codes)
    if as_of is not None:
        active = [c for c in codes if c.dated and c.covers(as_of)] or \
                 [c for c in codes if not c.dated]
    if not active:
        return None, None
    countries = {cameo_country(c.code) for c in active}
    sectors = {cameo_sector(c.code) for c in active}
    return (countries.pop() if len(countries) == 1 else None,
            sectors.pop() if len(sectors) == 1 else None)


# -- names ------------------------------------------------------------------------------------

def _phrase_words(phrase: str) -> list[str]:
    """TABARI phrase -> words: underscores and spaces separate words, a final ``_`` (word
    end; eventwire always matches whole words) is dropped."""
    return [w for w in re.split(r"[_\s]+", phrase.strip()) if w]


def _looks_acronym(word: str) -> bool:
    """An all-capitals dictionary word that is an acronym (UN, ICJ, U.N., UNHCR, ANSF) rather
    than a name written in capitals (IRAN, KABUL): the built-in KB's spelling decides when it
    knows the word; otherwise dotted, at most three letters, or at most five letters with at
    most one vowel."""
    k = key(word)
    bucket = _builtin().get(k)
    if bucket:
        return any(cs for _, cs in bucket)
    letters = sum(c.isalpha() for c in word)
    return "." in word or letters <= 3 or letters <= 5 and len(_VOWEL.findall(word)) <= 1


@functools.lru_cache(maxsize=1)
def _builtin() -> dict:
    """The built-in KB's index (alias key -> entries): how it spells a word decides."""
    from eventwire.actors.tables import knowledge_base

    return knowledge_base()._by_key


_SMALL_WORDS = frozenset("of the and for in on at to de du des la le".split())


def display_form(phrase: str) -> str:
    """A dictionary phrase as a reader writes it. TABARI phrases are in capitals by
    convention: "HAMID_KARZAI_" -> "Hamid Karzai", "UN_" -> "UN", "BAN_KI-MOON" ->
    "Ban Ki-Moon", "THE_UN_SECURITY_COUNCIL" -> "UN Security Council"; phrases with
    lower-case letters are kept as written."""
    words = _phrase_words(phrase)
    if phrase != phrase.upper():
        return " ".join(words)
    if len(words) > 1 and words[0] == "THE":
        words = words[1:]
    if len(words) == 1:
        return words[0] if _looks_acronym(words[0]) else words[0].title().replace("'S", "'s")
    return " ".join(_word_form(w, bool(i)) for i, w in enumerate(words))


@functools.lru_cache(maxsize=65536)
def _word_form(w: str, inner: bool) -> str:
    """One capitalised dictionary word as written in text (cached: names repeat)."""
    low = w.lower()
    if inner and low in _SMALL_WORDS:
        return low
    if "." in w or not _VOWEL.search(w) or any(cs for _, cs in _builtin().get(key(w), ())):
        return w
    return w.title().replace("'S", "'s")


def _aliases_of(phrase: str) -> list[str]:
    """The phrase as written, and without a bracketed acronym plus that acronym alone
    ("KORVELLAN_LIBERATION_FRONT_(KLF)_" -> "Korvellan Liberation Front", "KLF")."""
    text = display_form(phrase)
    m = _PAREN_ACRONYM.search(text)
    if m is None:
        return [text] if text else []
    bare = " ".join(_PAREN_ACRONYM.sub(" ", text).split())
    return [a for a in (bare, m.group(1).upper()) if key(a)]


def _kind(name: str, country: str | None, sector: str | None, bare_country: bool) -> str:
    """The KB kind an entry gets: a bare country code is the country (its names,
    demonyms, cities, as Phoenix codes them); otherwise organisation words, acronyms and the
    sector decide between person, institution, group, org, igo and media."""
    if bare_country:
        return "country"
    words = {w.lower() for w in re.split(r"[\s\-]+", name) if w}
    org = bool(words & _ORG_WORDS) or (len(words) == 1 and _is_acronym(name))
    if sector == "IGO":
        return "igo"
    if sector in ("BUS", "NGO"):
        return "org"                        # Phoenix's MNC and NGO lists are organisations
    if sector == "MED" and org:
        return "media"
    if not org and 2 <= len(words) <= 5:
        return "person"
    if sector in ("GOV", "MIL", "LEG", "JUD") and country:
        return "institution"
    return "group"


# -- readers ----------------------------------------------------------------------------------

def sniff_format(path: str | Path, text: str) -> str:
    """"tsv", "agents" or "tabari", from the content (the name breaks a tie)."""
    name = os.path.basename(str(path)).lower()
    tsv = agents = tabari = 0
    for line in text.splitlines()[:2000]:
        s = line.strip()
        if not s or s.startswith("#") or s.startswith("<"):
            continue
        cols = line.split("\t")
        if len(cols) >= 4 and not line.startswith(("\t", " ")) and cols[3].strip() in KINDS:
            tsv += 1
        if "[~" in s or "~]" in s or _MACRO_DEF.match(s):
            agents += 1
        elif _CODE_GROUP.search(s) or s.startswith("+"):
            tabari += 1
    if tsv and tsv >= max(agents, tabari):
        return "tsv"
    if agents and agents >= tabari:
        return "agents"
    if tabari:
        return "tabari"
    if name.endswith(".tsv"):
        return "tsv"
    if "agent" in name:
        return "agents"
    return "tabari"


def _strip_comments(lines: list[str]) -> list[str]:
    """Lines with ``<!-- ... -->`` blocks (also over several lines), ``#`` comments (whole or
    trailing) and one-line ``<...>`` markup blanked, so that line numbers stay right."""
    out: list[str] = []
    in_block = False
    for line in lines:
        text = line
        if in_block:
            end = text.find("-->")
            if end < 0:
                out.append("")
                continue
            text = text[end + 3:]
            in_block = False
        while "<!--" in text:
            start = text.find("<!--")
            end = text.find("-->", start + 4)
            if end < 0:
                text = text[:start]
                in_block = True
                break
            text = text[:start] + text[end + 3:]
        hash_at = text.find("#")
        if hash_at >= 0:
            text = text[:hash_at]
        if text.lstrip().startswith("<"):
            text = ""
        out.append(text.rstrip())
    return out


def _read_text(path: str | Path) -> str:
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise UsageError("E023", path=str(path), detail="no such file") from None
    except IsADirectoryError:
        raise UsageError("E023", path=str(path), detail="a folder, not a file") from None
    except OSError as exc:
        raise UsageError("E023", path=str(path), detail=exc.strerror or str(exc)) from None
    if b"\x00" in data[:4096]:
        raise UsageError("E023", path=str(path), detail="a binary file, not a text dictionary")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _tabari(path: str, text: str, as_of: date | None, out: ActorDictionary,
            rep: _Reporter) -> None:
    """PHRASE [CODE ...] blocks with +synonyms and indented [CODE date] lines."""
    block: dict | None = None

    def close() -> None:
        if block is None:
            return
        if not block["codes"]:
            if not block["bad_codes"]:
                rep.bad(block["line"], f"no [CODE] for {block['phrases'][0]!r}")
            return
        _emit(block, as_of, out)

    for n, line in enumerate(_strip_comments(text.splitlines()), 1):
        if not line.strip():
            continue
        indented = line[:1] in (" ", "\t")
        s = line.strip()
        if s.startswith("+"):
            if block is None:
                rep.bad(n, "synonym (+) before any phrase")
                continue
            phrase, codes, ok = _phrase_and_codes(s[1:], n, rep)
            if phrase:
                block["phrases"].append(phrase)
            block["codes"] += codes
            block["bad_codes"] |= not ok
            continue
        if s.startswith("["):
            if block is None:
                rep.bad(n, "code line before any phrase")
                continue
            _, codes, ok = _phrase_and_codes(s, n, rep)
            block["codes"] += codes
            block["bad_codes"] |= not ok
            continue
        if indented and block is not None and not _CODE_GROUP.search(s):
            rep.bad(n, f"indented line that is neither a [CODE] nor a +synonym: {s[:40]!r}")
            continue
        close()
        phrase, codes, ok = _phrase_and_codes(s, n, rep)
        if not phrase:
            block = None
            if ok:
                rep.bad(n, f"no phrase before the code: {s[:40]!r}")
            continue
        block = {"phrases": [phrase], "codes": list(codes), "line": n, "bad_codes": not ok}
    close()


def _phrase_and_codes(s: str, n: int, rep: _Reporter) -> tuple[str, list[Code], bool]:
    """Split ``PHRASE [CODE] [CODE date]`` into the phrase and its parsed codes; a bad code is
    warned about (with the line number) and dropped; ok is False then."""
    first = s.find("[")
    phrase = (s if first < 0 else s[:first]).strip()
    codes: list[Code] = []
    ok = True
    if first >= 0:
        rest = s[first:]
        groups = _CODE_GROUP.findall(rest)
        if rest.count("[") != len(groups) or rest.count("]") != len(groups):
            rep.bad(n, f"unbalanced brackets: {s[:60]!r}")
            return "", [], False
        for g in groups:
            try:
                codes.append(parse_code(g))
            except ValueError as exc:
                rep.bad(n, str(exc))
                ok = False
    if phrase and not (_ASCII_ALNUM.search(phrase) if phrase.isascii()
                       else key(phrase.replace("_", " "))):
        rep.bad(n, f"phrase with no Latin letter or digit to match on: {phrase!r}")
        return "", [], False
    return phrase, codes, ok


def _emit(block: dict, as_of: date | None, out: ActorDictionary) -> None:
    codes: list[Code] = block["codes"]
    country, sector = resolve_codes(codes, as_of)
    if country is None and sector is None:
        out.uninformative += 1
        return
    bare = country is not None and all(
        len(c.code) == 3 and cameo_country(c.code) == country for c in codes)
    aliases: list[str] = []
    own: list[str] = []
    for i, p in enumerate(block["phrases"]):
        forms = _aliases_of(p)
        if i == 0:
            own = forms
        for a in forms:
            if a not in aliases:
                aliases.append(a)
    if not aliases:
        out.uninformative += 1
        return
    name = own[0] if own else aliases[0]
    kind = _kind(name, country, sector, bare)
    if kind == "country":
        name = _country_name(country) or name
        kept = []
        for a in aliases:
            if _place_in(a, country):
                out.places += 1
            elif len(a.split()) == 1 and not _names_country(a, country):
                out.lone_words += 1
            else:
                kept.append(a)
        aliases = kept
        if not aliases:
            return
    out.actors.append(UserActor(ActorEntry(name, country, sector, kind), tuple(aliases),
                                block["line"]))


def _place_in(alias: str, country: str) -> bool:
    """Whether a synonym of a country is one of its cities or regions in eventwire's
    gazetteer ("HELMAND", "DAGESTAN", "NABLUS" in Phoenix's country blocks) rather than a
    name of the country itself. Why they are left out: eventwire keeps places apart from
    actors (a place is where an event happened, resolved by ``eventwire.where``; capitals
    are already government metonyms in the built-in KB), and a province taken for its
    country's actor turns "the invasion of Dagestan" into an attack on Russia."""
    from eventwire.actors.tables import knowledge_base
    from eventwire.where import gazetteer, resolve_place

    known = knowledge_base().lookup(alias, fuzzy=False)
    if known is not None and known.kind == "country":
        return False
    p = resolve_place(alias)
    if p is None or p.country != country:
        return False
    own = gazetteer()._countries.get(country)
    return own is None or key(own.name) != key(p.name)


def _names_country(word: str, country: str) -> bool:
    """Whether a one-word synonym of a country is a name of that country eventwire knows
    (a name, demonym or capital) or a misspelling of one ("AFGANISTAN", "BRASIL"). Other
    one-word synonyms in country blocks are rivers, mountains, regions and leaders'
    surnames ("NILE", "CHAMPAGNE", "MURRAY", "NASSER"): taken for the country, "Andy Murray"
    became Australia. Why one word only: a longer phrase is specific enough to trust."""
    from eventwire.actors.tables import knowledge_base

    kb = knowledge_base()
    known = kb.lookup(word, fuzzy=False)
    if known is not None:
        return known.country == country
    return kb.country_by_spelling(word) == country


def _country_name(code: str | None) -> str | None:
    from eventwire.actors.tables import knowledge_base

    info = knowledge_base().country(code)
    return info.name if info else None


def _plural(word: str) -> str:
    """The regular English plural of a role word's last word (PETRARCH forms plurals the
    same way when the agents file gives none in braces)."""
    head, _, last = word.rpartition(" ")
    low = last.lower()
    if low.endswith("man"):
        p = last[:-3] + "men"
    elif low.endswith("y") and len(low) > 1 and low[-2] not in "aeiou":
        p = last[:-1] + "ies"
    elif low.endswith(("s", "x", "z", "ch", "sh")):
        p = last + "es"
    else:
        p = last + "s"
    return f"{head} {p}" if head else p


def _agents(path: str, text: str, out: ActorDictionary, rep: _Reporter) -> None:
    """``WORD [~CODE]`` role words; ``!NAME! = A, B`` substitutions used as ``X!NAME!``;
    ``{PLURAL}`` gives the plural (``{}``: none), else the regular plural is added."""
    macros: dict[str, list[str]] = {}
    explicit: set[str] = set()
    for n, line in enumerate(_strip_comments(text.splitlines()), 1):
        s = line.strip()
        if not s:
            continue
        m = _MACRO_DEF.match(s)
        if m:
            macros[m.group(1).upper()] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        groups = _CODE_GROUP.findall(s)
        first = s.find("[")
        if not groups or first <= 0:
            rep.bad(n, f"no [~CODE] after the agent word: {s[:60]!r}")
            continue
        head = s[:first]
        code = groups[0].split()[0] if groups[0].split() else ""
        if not _AGENT_CODE.match(code):
            rep.bad(n, f"not an agent code: {groups[0]!r}")
            continue
        plural = _PLURAL.search(head)
        word = _PLURAL.sub(" ", head).strip()
        forms = _expand(word, macros)
        if forms is None:
            rep.bad(n, f"unknown !substitution! in {word!r}")
            continue
        sector = cameo_sector(code if "~" in code else "~" + code)
        if plural is not None:
            extra = [p for p in _expand(plural.group(1).strip(), macros) or [] if p]
        elif _MACRO_USE.search(word):
            extra = []                      # the substitution lists its own plurals
        else:
            extra = [_plural(f) for f in forms]
        if sector is None:
            out.role_words_without_sector += 1
            continue
        for f in forms:                     # a word given on its own line wins over a plural
            w = f.lower().strip()           # made for another line ("ARMED_FORCES" itself)
            if w:
                out.roles[w] = sector
                explicit.add(w)
        for f in extra:
            w = f.lower().strip()
            if w and w not in explicit:
                out.roles.setdefault(w, sector)


def _expand(word: str, macros: dict[str, list[str]]) -> list[str] | None:
    """"CATTLE!PERSON!" -> ["cattleman", "cattlemen", ...]; underscores become spaces."""
    forms = [word]
    while any(_MACRO_USE.search(f) for f in forms):
        nxt = []
        for f in forms:
            m = _MACRO_USE.search(f)
            if m is None:
                nxt.append(f)
                continue
            subs = macros.get(m.group(1).upper())
            if subs is None:
                return None
            nxt += [f[:m.start()] + s + f[m.end():] for s in subs]
        forms = nxt
    return [" ".join(_phrase_words(f)).lower() for f in forms]


def _tsv(path: str, text: str, out: ActorDictionary, rep: _Reporter) -> None:
    """eventwire's own columns: name, country (alpha-3 or -), sector (or -), kind, aliases."""
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) < 4:
            rep.bad(n, f"expected name, country, sector, kind[, aliases] separated by tabs, "
                       f"found {len(cols)} column(s)")
            continue
        name, country, sector, kind = cols[:4]
        if n == 1 and name.lower() in ("name", "canonical name"):
            continue                        # a header row
        country = None if country in ("", "-") else country.upper()
        sector = None if sector in ("", "-") else sector.upper()
        if not name or not key(name):
            rep.bad(n, "empty name")
            continue
        if country is not None and country not in _iso3():
            rep.bad(n, f"unknown country code {country!r} (expected ISO alpha-3 or -)")
            continue
        if sector is not None and sector not in SECTORS:
            rep.bad(n, f"unknown sector {sector!r} (expected one of "
                       f"{' '.join(sorted(SECTORS))} or -)")
            continue
        if kind not in KINDS:
            rep.bad(n, f"unknown kind {kind!r} (expected one of {', '.join(KINDS)})")
            continue
        aliases = [name] + [a.strip() for a in (cols[4] if len(cols) > 4 else "").split("|")
                            if a.strip() and key(a)]
        if kind == "role":
            if sector is None:
                out.role_words_without_sector += 1
                continue
            for a in aliases:
                out.roles[a.lower()] = sector
            continue
        if country is None and sector is None:
            out.uninformative += 1
            continue
        out.actors.append(UserActor(ActorEntry(name, country, sector, kind),
                                    tuple(dict.fromkeys(aliases)), n))


def read_dictionary(path: str | Path, as_of: date | None = None,
                    fmt: str | None = None) -> ActorDictionary:
    """Read one dictionary file. Malformed lines are warned about (W021, with the line
    number) and skipped; a file that cannot be read raises E023 naming the path."""
    path = str(path)
    text = _read_text(path)
    fmt = fmt or sniff_format(path, text)
    if fmt not in FORMATS:
        raise UsageError("E023", path=path, detail=f"unknown format {fmt!r}")
    out = ActorDictionary(path, fmt)
    rep = _Reporter(path)
    if fmt == "tsv":
        _tsv(path, text, out, rep)
    elif fmt == "agents":
        _agents(path, text, out, rep)
    else:
        _tabari(path, text, as_of, out, rep)
    rep.close()
    out.skipped_lines = rep.count
    return out


@functools.lru_cache(maxsize=16)
def _read_cached(path: str, stamp: tuple[int, int], as_of: date | None) -> ActorDictionary:
    return read_dictionary(path, as_of)


def read_dictionaries(paths: Iterable[str | Path], as_of: date | None = None
                      ) -> tuple[ActorDictionary, ...]:
    """Each file read once per process (cached by path, size and modification time)."""
    out = []
    for p in paths:
        p = str(p)
        try:
            st = os.stat(p)
            stamp = (st.st_size, st.st_mtime_ns)
        except OSError:
            stamp = (-1, -1)
        out.append(_read_cached(os.path.abspath(p) if stamp[0] >= 0 else p, stamp, as_of))
    return tuple(out)


# -- the layered knowledge base -----------------------------------------------------------------

def _subsumes(builtin: ActorEntry, user: ActorEntry) -> bool:
    """The built-in entry says all the user entry says: every field the user gives (country,
    sector) is the same there, so the user entry adds nothing but another name."""
    return (user.country is None or user.country == builtin.country) and \
        (user.sector is None or user.sector == builtin.sector)


class LayeredKnowledgeBase(KnowledgeBase):
    """The built-in knowledge base with user dictionaries on top.

    Precedence: for a name both know, the user's entry is tried first (the user asked for
    it), files named later before earlier ones, whenever it says something the built-in
    entry does not: another country or sector, or one where the built-in entry has none.
    A user entry that only repeats (part of) what the built-in entry says ("Kabul" = AFG
    where the built-in KB has Kabul = the Afghan government, AFG GOV; "US" = USA) leaves the
    built-in entry first: it says as much or more, and keeps its canonical name and kind.
    Role words from agents files are added where the built-in role table has neither the
    word nor, with another sector, its head noun: CAMEO's agent codes follow CAMEO's coding
    conventions (protesters are OPP), eventwire's role table PLOVER's (CVL); measured on
    PLOVER dev, letting them replace built-in readings lost sector matches
    (docs/actor-dictionaries.md)."""

    def __init__(self, dictionaries: Sequence[ActorDictionary]) -> None:
        super().__init__()
        self.dictionaries = tuple(dictionaries)
        self._builtin = {k: tuple(b) for k, b in self._by_key.items()}
        self.merged = 0                 # user entries that turned out to be built-in ones
        self.roles_kept = 0             # user role words whose other sector was not taken
        builtin_roles = dict(self._roles)
        for d in self.dictionaries:
            for ua in d.actors:
                entry = self._same_as_builtin(ua)
                if entry is not ua.entry:
                    self.merged += 1
                for alias in ua.aliases:
                    self._add_user(alias, entry)
            for word, sector in d.roles.items():
                head = word.rsplit(" ", 1)[-1]
                if word in builtin_roles or builtin_roles.get(head, sector) != sector:
                    # the built-in reading of the word (or of its head noun: "peacekeeping
                    # troops" IGO against "troops" MIL) is kept; see the class docstring
                    self.roles_kept += builtin_roles.get(word, sector) != sector or \
                        builtin_roles.get(head, sector) != sector
                    continue
                self._roles[word] = sector
                self._role_max_words = max(self._role_max_words, len(word.split()))
        self._role_cache.clear()
        self._spelling_cache.clear()

    def _same_as_builtin(self, ua: UserActor) -> ActorEntry:
        """The built-in entry a user entry is, when its first name the built-in KB knows
        stands for an entry that says all it says ("PRESIDENT_OBAMA" [USA] is the built-in
        Barack Obama, USA GOV): its names become that entry's names, so that a longer user
        name ("President Obama") does not match a poorer entry than the built-in one."""
        for alias in ua.aliases:
            bucket = self._builtin.get(key(alias))
            if not bucket:
                continue
            upper = not any(c.islower() for c in alias)
            e = next((e for e, cs in bucket if not cs or upper), None)
            if e is None:
                continue
            return e if _subsumes(e, ua.entry) else ua.entry
        return ua.entry

    def _add_user(self, alias: str, entry: ActorEntry) -> None:
        """Like ``KnowledgeBase._add``, but in front of the built-in entries (see the class
        docstring), and with no transliteration skeleton: user names match as written, up
        to case, punctuation, a leading "the" and a possessive."""
        k = key(alias)
        if not k:
            return
        cs = _is_acronym(alias)
        bucket = self._by_key.setdefault(k, [])
        item = (entry, cs)
        aliases = self._aliases.setdefault(entry, [])
        if alias not in aliases:
            aliases.append(alias)
        if item in bucket:
            return                      # already there (a built-in entry, or the same again)
        defer = any((c == cs or not c) and _subsumes(e, entry) for e, c in bucket)
        if defer:
            bucket.append(item)
        else:
            bucket.insert(0, item)
        if k not in self._prefixes:
            for i in range(1, len(k)):
                self._prefixes.add(k[:i])

    def describe(self) -> list[str]:
        return describe(self.dictionaries)


def describe(dictionaries: Sequence[ActorDictionary]) -> list[str]:
    """One line per loaded dictionary: path, format and counts (for logs and eval headers)."""
    return [f"{d.path} ({d.format}: {len(d.actors)} actors, {len(d.roles)} role words, "
            f"{d.skipped_lines} malformed lines skipped)" for d in dictionaries]


@functools.lru_cache(maxsize=4)
def _kb_cached(dicts: tuple[ActorDictionary, ...]) -> LayeredKnowledgeBase:
    return LayeredKnowledgeBase(dicts)


def load_knowledge_base(paths: Iterable[str | Path], as_of: date | str | None = None
                        ) -> LayeredKnowledgeBase:
    """The built-in KB with the dictionaries at ``paths`` layered on top, built once per
    process for the same files (cached). ``as_of``: a date (or YYYY-MM-DD) that picks the
    dated codes in force then; without it, entries whose dated codes disagree on the
    country or sector leave it null."""
    if isinstance(as_of, str):
        as_of = date.fromisoformat(as_of)
    return _kb_cached(read_dictionaries(paths, as_of))
