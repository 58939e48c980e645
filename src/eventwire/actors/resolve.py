"""In-document actor resolution: argument phrases of a parsed document -> ``Actor`` records.

Why per document: an article defines its own short names ("Popular Mobilization Units (PMU)",
"better known as Hashd al-Sha'abi"), shortens persons to surnames ("Sadr"), and refers back to
countries by description ("the Arab country"). ``DocActors`` scans the document once — a
token-level matcher over every knowledge-base alias, acronym definitions, "known as" phrases,
person surnames and a timeline of country mentions — so that each later ``actor_for`` call is a
few dictionary lookups. Unknown stays null: a phrase with no name, country or role gets no actor.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Callable, Container, Iterable

from eventwire.actors.tables import (ARAB_STATES, GULF_STATES, ActorEntry, KnowledgeBase,
                                     alike, key, knowledge_base, skeleton, surname_entry,
                                     without_article)
from eventwire.actors.tables import key as key_of
from eventwire.model import Actor
from eventwire.syntax import DASHES, doc_ents

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

    from eventwire.model import Place

#: Tokens that may sit inside a name without breaking it ("al-Sha'abi", "U.S.").
_JOINERS = frozenset({"-", "'", "’", ".", "‐"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "these", "those", "that", "its", "their",
                          "his", "her", "our", "some", "all", "both"})
#: Words before a name that describe rather than name ("influential", "former").
_DESCRIPTIVE = frozenset({"former", "influential", "senior", "top", "then", "late", "outgoing",
                          "incoming", "new", "powerful", "prominent", "veteran", "leading",
                          "current", "acting", "interim", "caretaker", "so-called", "alleged",
                          "self-styled", "so", "called", "purported", "notorious", "renowned"})
#: Heads whose "of X" names who they are ("Members of the coalition" are the coalition's).
_PARTITIVES = frozenset({"member", "members", "some", "part", "one", "many", "most", "all",
                         "each", "none", "several", "few", "rest", "majority", "units", "elements",
                         "remnants", "dozens", "hundreds", "thousands", "number", "group",
                         "contingent", "contingents", "batch"})
#: Groups sent by someone, named by "from X" ("a delegation from ECOWAS").
_SENT_BY = frozenset({"delegation", "delegations", "mission", "team", "teams"})
#: Heads that take their country and sector from "of X" ("the deputy head of the PMU").
_ROLE_OF = frozenset({"head", "chief", "leader", "leaders", "commander", "commanders",
                      "spokesman", "spokeswoman", "spokesperson", "deputy", "director", "president",
                      "chairman", "secretary", "secretary-general", "minister", "member", "members",
                      "envoy", "ambassador", "representative", "official", "officials", "founder",
                      "speaker", "chairwoman", "governor", "mayor", "court", "officers",
                      "officer", "agents", "personnel", "negotiators", "negotiator", "envoys",
                      "delegates", "representatives"})
#: Heads naming relations to a country, not the country itself ("US allies").
_RELATIONAL = frozenset({"ally", "allies", "partner", "partners", "enemy", "enemies", "opponent",
                         "opponents", "rival", "rivals", "critic", "critics", "neighbor",
                         "neighbors", "neighbour", "neighbours", "supporter", "supporters", "foe",
                         "foes", "adversary", "adversaries", "proxies", "proxy", "backers"})
#: Role heads too general to fix a sector when a modifier says more ("rebel leader" is REB).
_GENERIC_HEADS = frozenset({"leader", "leaders", "leadership", "spokesman", "spokeswoman",
                            "spokesperson", "official", "officials", "chief", "head", "member",
                            "members", "commander", "commanders", "people", "group", "groups",
                            "state", "force", "forces", "personnel", "authorities",
                            # no sector of their own: "civilian advisers", "military experts"
                            "advisers", "advisors", "adviser", "advisor", "experts", "expert",
                            "engineers", "technicians", "specialists", "contractors",
                            "observers", "monitors", "staff", "employees"})
#: Heads who speak for others: "rebel envoys" and "opposition negotiators" are their side's.
_SPEAKING_FOR = frozenset({"envoy", "envoys", "negotiator", "negotiators", "delegate",
                           "delegates", "delegation", "representative", "representatives",
                           "emissary", "emissaries"})
#: Capitalised words in institution names that do not make a name of their own.
_ROLE_ADJECTIVES = frozenset({"foreign", "defense", "defence", "interior", "health", "finance",
                              "justice", "national", "federal", "central", "supreme", "general",
                              "joint", "armed", "special", "security", "public", "state",
                              "high", "higher", "royal", "presidential", "revolutionary"})
_SPONSORED = ("-backed", "-sponsored", "-supported", "-allied", "-aligned", "-funded",
              "-armed", "-trained", "-affiliated", "-linked")
#: Heads that a person's name turns into their country's institution ("Putin government").
_PERSON_OWNED = frozenset({"administration", "government", "cabinet", "regime", "aides",
                           "officials", "camp", "team", "loyalists", "forces", "troops",
                           "militia", "militias", "militiamen", "fighters", "guerrillas",
                           "rebels", "men", "gunmen",
                           "faction", "movement", "party", "army", "guards", "bodyguards",
                           "junta", "soldiers", "police"})
_STATE_SECTORS = frozenset({"GOV", "MIL", "JUD", "LEG"})
#: Verbs by which a state's officer tells what its bodies will do.
#: Verbs by which a source reports what happened ("..., diplomats in Kigali said").
_REPORTING = frozenset({"say", "tell", "report", "add", "confirm", "announce", "claim"})
_SAYING = frozenset({"say", "warn", "announce", "declare", "threaten", "insist", "add", "tell",
                     "vow", "pledge", "confirm", "state"})
#: Plural heads for the parties just named ("the two leaders", "both governments").
_PARTIES = frozenset({"leaders", "presidents", "ministers", "sides", "governments",
                      "countries", "delegations", "premiers", "heads", "nations", "states"})
#: Sectors of the named people a story plainly about one country takes to be its own: its
#: officials, opposition figures, clergy, journalists and activists.
_HOME_PERSON_SECTORS = frozenset({"GOV", "MIL", "JUD", "LEG", "OPP", "PTY", "REL", "MED",
                                  "CVL"})
#: Verbs by which an official announces what a state will do.
ANNOUNCING = frozenset({"say", "warn", "announce", "tell", "declare", "state", "threaten",
                        "vow", "insist", "confirm", "pledge", "promise"})
#: What a state undergoes rather than does ("Russia would face consequences").
STATE_UNDERGOES = frozenset({"face", "suffer", "pay", "receive", "get", "be", "lose", "need",
                             "have", "win", "fall", "collapse", "regret"})
#: Words before a named official that put them abroad ("the visiting envoy X").
_ABROAD_WORDS = frozenset({"visiting", "envoy", "ambassador", "un", "eu", "nato", "exiled",
                           "counterpart", "delegation", "special", "representative"})
#: Words that say an actor is not the article's own country's.
_NOT_DOMESTIC = frozenset({"foreign", "international", "multinational", "coalition", "allied",
                           "western", "un", "nato", "peacekeepers", "peacekeeping", "visiting",
                           "counterpart", "counterparts", "exiled", "rebel", "rebels"})
#: Role nouns written just before a person's name ("spokesman Somchai Wong").
_NAMING_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "minister", "governor",
                           "ambassador", "envoy", "commander", "chief", "president", "mayor",
                           "leader", "director", "secretary", "lawyer", "official", "adviser",
                           "advisor", "deputy", "senator", "lawmaker", "mp"})
#: Sectors of the unnamed movements an article's country is taken to hold, and the civilian
#: heads that name its own people acting (protesting, striking, living there).
_HOME_PEOPLE_SECTORS = frozenset({"OPP", "REB", "PTY", "CVL"})
_HOME_CVL = frozenset({"protester", "protesters", "demonstrator", "demonstrators", "striker",
                       "strikers", "worker", "workers", "dockworker", "dockworkers", "farmer",
                       "farmers", "student", "students", "teacher", "teachers", "resident",
                       "residents", "villager", "villagers", "activist", "activists", "miner",
                       "miners", "unionist", "unionists", "trader", "traders", "vendor",
                       "vendors", "rioter", "rioters", "marcher", "marchers", "youth",
                       "youths", "employee", "employees", "driver", "drivers", "nurse",
                       "nurses", "doctor", "doctors", "union", "unions", "dockers",
                       "tribesmen", "herders", "fishermen", "gunmen", "assailants",
                       "attackers", "militants", "insurgents"})
#: Countries that are a see or a city, not a people's home.
_NO_HOME_PEOPLE = frozenset({"VAT"})
#: Verbs whose object is harmed or seized by their subject: a possessive on the object is
#: not the subject's ("Indian shelling killed two of its soldiers").
_HARMING = frozenset({"kill", "wound", "injure", "attack", "shell", "bomb", "strike", "hit",
                      "target", "arrest", "detain", "capture", "abduct", "kidnap", "seize",
                      "ambush", "shoot", "execute", "torture", "beat"})
#: Words that put people abroad; rebels are at home ("the rebels" are of where they fight).
_NOT_HOME_PEOPLE = _NOT_DOMESTIC - {"rebel", "rebels"}
#: Offices whose "foreign" is their portfolio, not their origin ("the foreign ministry").
_FOREIGN_PORTFOLIOS = frozenset({"ministry", "minister", "ministers", "office", "secretary",
                                 "affairs", "service", "policy", "spokesman", "spokeswoman",
                                 "spokesperson"})


def _says_abroad(toks: Iterable["Token"]) -> bool:
    """Whether a word of the phrase says its actor is not of the place its clause names
    ("foreign troops in Mali", "coalition forces"); "foreign" of a portfolio does not ("in
    neighbouring Bolivia, the foreign ministry urged ...": Bolivia's)."""
    return any(t.lower_ in _NOT_DOMESTIC and not (t.lower_ == "foreign" and (
        t.head.lower_ in _FOREIGN_PORTFOLIOS or t.head.lemma_.lower() in _FOREIGN_PORTFOLIOS))
        for t in toks)


#: Things that kill without saying who used them ("a roadside bomb killed ...").
_WEAPONS = frozenset({"bomb", "bombs", "explosion", "explosions", "blast", "blasts", "device",
                      "devices", "ied", "ieds", "mine", "mines", "landmine", "landmines",
                      "car bomb", "grenade", "grenades", "rocket", "rockets", "mortar", "mortars",
                      "shell", "shells", "shelling", "gunfire", "explosive", "explosives",
                      "bombing", "bombings", "sniper", "missile", "missiles"})
#: What harms, and stands for whoever fired or carried it out ("missiles fired by X").
#: Head nouns of organisations' own names ("the Norwegian Refugee Council", "the Egyptian
#: Organization for Human Rights"): a country word inside such a name places the organisation.
_ORG_NOUNS = frozenset({"council", "union", "commission", "committee", "organization",
                        "organisation", "association", "league", "federation", "society",
                        "institute", "foundation", "centre", "center", "observatory", "network",
                        "congress", "forum", "front", "movement", "party", "confederation",
                        "syndicate", "chamber", "campaign", "initiative", "coalition", "group",
                        "conference"})
#: Words inside such a name that say its sector (checked in this order).
#: Heads of the names of armed and political movements ("Liberation Front", "Movement").
_ARMED_ORG_NOUNS = frozenset({"front", "movement", "army"})
#: Words in such a name that make it an armed group ("Cabinda Liberation Army").
_ARMED_WORDS = frozenset({"liberation", "resistance", "mujahideen", "insurgent", "guerrilla"})
_ORG_NAME_SECTORS = (
    (frozenset({"rights", "liberties", "liberty", "refugee", "refugees", "humanitarian", "relief",
                "observatory", "freedoms", "red", "crescent", "transparency"}), "NGO"),
    (frozenset({"party"}), "PTY"),
    (frozenset({"journalists", "press", "broadcasting", "broadcasters", "newspaper"}), "MED"),
    (frozenset({"bar", "lawyers", "judges", "judicial"}), "JUD"),
    (frozenset({"chamber", "commerce", "industry", "industries", "employers", "business",
                "bankers", "manufacturers"}), "BUS"),
    (frozenset({"ulema", "clerics", "bishops", "church", "churches", "scholars"}), "REL"),
    (frozenset({"labour", "labor", "trade", "workers", "unions", "teachers", "students",
                "doctors", "farmers"}), None),
)
#: Nouns for a person's office that an appositive gives a name ("X, the foreign minister").
_PERSON_OFFICES = frozenset({
    "minister", "president", "leader", "spokesman", "spokeswoman", "spokesperson", "chief",
    "head", "commander", "official", "envoy", "ambassador", "governor", "mayor", "secretary",
    "chairman", "chairwoman", "director", "general", "cleric", "lawmaker", "senator", "adviser",
    "advisor", "premier", "king", "emir", "prince", "prosecutor", "judge", "negotiator",
    "deputy", "representative", "founder", "candidate", "colonel", "officer", "ayatollah",
    "imam", "bishop", "archbishop", "speaker", "chancellor", "diplomat", "activist",
    "journalist", "lawyer", "legislator", "parliamentarian", "counterpart", "aide"})
#: Dependencies of a pronoun that names the actor of its clause (subjects, possessors); a
#: pronoun there that refers back within its sentence takes the words of its antecedent.
_NAMING_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
#: Kinds of actor that a proper name gives (not a described role or a place).
_NAMED_KINDS = frozenset({"country", "government", "group", "org", "igo", "institution",
                          "person", "media"})
_MEANS_OF_HARM = _WEAPONS | {"attack", "attacks", "strike", "strikes", "airstrike", "airstrikes",
                             "air strike", "raid", "raids", "shot", "shots", "bullet", "bullets",
                             "drone", "drones", "fire", "shellfire", "artillery", "barrage",
                             "ambush", "assault", "bombardment", "projectile", "projectiles"}
#: Actors that are often abroad where they are: "in X" does not make them X's.
_VISITORS = frozenset({"troops", "troop", "soldiers", "soldier", "forces", "force", "diplomats",
                       "diplomat", "envoy", "envoys", "ambassador", "ambassadors",
                       "peacekeepers", "embassy", "advisers", "advisors", "contractors",
                       "correspondents", "observers", "monitors", "delegation", "negotiators",
                       "mission", "marines", "servicemen", "personnel", "military", "navy",
                       "warships", "warplanes", "jets", "drones",
                       "volunteers", "mercenaries", "tourists", "visitors", "delegates"})
_PRONOUNS = frozenset({"it", "they", "he", "she", "who", "which", "that", "we", "i", "you"})
#: Things an attack or a ban falls on, which belong to the place they are in.
_PROPERTY = frozenset({"target", "targets", "road", "roads", "street", "streets", "line", "lines",
                       "building", "buildings", "home", "homes", "house", "houses", "camp",
                       "camps", "market", "markets", "bridge", "bridges", "pipeline",
                       "pipelines", "plant", "plants", "station", "stations", "convoy",
                       "convoys", "area", "areas", "facility", "facilities", "infrastructure",
                       "property", "properties", "shop", "shops", "office", "offices",
                       "settlement", "settlements", "neighbourhood", "neighborhood", "school",
                       "schools", "hospital", "hospitals", "mosque", "mosques", "church",
                       "churches", "base", "bases", "headquarters", "post", "posts", "outpost",
                       "outposts", "checkpoint", "checkpoints", "position", "positions",
                       "depot", "depots", "barracks", "compound", "compounds", "airport",
                       "airports", "airfield", "airfields", "port", "ports", "prison",
                       "prisons", "vehicle", "vehicles", "bus", "buses", "truck", "trucks",
                       "ship", "ships", "vessel", "vessels", "tanker", "tankers",
                       "city", "cities", "town", "towns", "village", "villages", "region",
                       "regions", "enclave", "enclaves", "district", "districts", "province",
                       "provinces", "suburb", "suburbs", "outskirts", "stronghold",
                       "strongholds", "bastion", "territory", "territories", "border",
                       "borders", "installation", "installations", "site", "sites",
                       "refinery", "refineries", "oilfield", "oilfields", "warehouse",
                       "warehouses", "hotel", "hotels", "restaurant", "restaurants"})
_PROPERTY_PREPS = frozenset({"in", "into", "near", "inside", "at", "outside"})
#: Relational heads whose "of X" says whose side they are on.
_FOLLOWERS = frozenset({"supporters", "supporter", "followers", "loyalists", "backers",
                        "partisans"})
#: Titles of respect that name no office of their own (a sheikh may be a ruler or a cleric).
_HONORIFICS = frozenset({"sheikh", "shaikh", "sheik", "sayyed", "sayyid", "seyed"})
#: Relational heads whose "of X" names a government they stand against.
_OPPONENTS = frozenset({"opponents", "opponent", "critics", "critic", "foes", "adversaries"})
#: Prepositions that place an actor ("rebels in Darfur", "activists from Fatah").
_ACTOR_PREPS = frozenset({"in", "from", "inside", "across", "throughout", "at"})
#: Foreigners whom armed men take or kill where they are ("two Italian aid workers").
_FOREIGN_VICTIMS = frozenset({"worker", "tourist", "journalist", "hostage", "national",
                              "citizen", "engineer", "missionary", "pilgrim", "backpacker",
                              "geologist", "sailor", "crew", "contractor", "expatriate",
                              "volunteer", "businessman", "trucker", "driver", "officer",
                              "diplomat", "priest", "nun", "teacher", "doctor", "adviser",
                              "advisor", "professor", "official", "observer", "monitor"})
#: Words that make "Indians" the native peoples of the Americas ("Amazon Indians").
_NATIVE_PEOPLES = frozenset({"amazon", "amazonian", "native", "indigenous", "american",
                             "mayan", "maya", "aymara", "quechua", "mapuche", "guarani",
                             "yanomami", "plains", "pueblo", "navajo", "cherokee"})
#: Sites named by the place they serve ("Beijing airport", "Kabul University").
_SITE_NOUNS = frozenset({"airport", "university", "prison", "jail", "port", "harbour",
                         "harbor", "airbase", "stadium", "square", "camp"})
#: Nouns for parts of a country named by a compound ("the Tyumen region").
_AREA_NOUNS = frozenset({"region", "province", "district", "state", "county", "governorate",
                         "prefecture", "city", "town", "village", "area", "oblast",
                         "territory", "territories", "capital", "countryside", "port",
                         "harbour", "harbor", "township", "townships", "suburb", "suburbs",
                         "outskirts", "slum", "slums", "shantytown", "neighbourhood",
                         "neighborhood",
                         "enclave", "heights", "coast", "island", "islands"})
_CLAUSE_PREPS = frozenset({"in", "inside", "across", "throughout", "at"})
#: Verbs whose place is a venue, often abroad ("the government and the rebels met in Geneva").
_VENUE_VERBS = frozenset({"meet", "talk", "negotiate", "sign", "attend", "visit", "arrive",
                          "confer", "consult", "convene", "gather", "hold", "discuss"})
#: Actors that belong to the country they act in: the police and the army, and the people,
#: armed groups and crowds of a place ("rebels", "gunmen", "protesters"). Not soldiers, troops
#: or diplomats, who are often abroad; not governments, courts or ministries, which act on
#: other countries as often as at home (on dev sentences about one in three would be wrong),
#: so that only their own clause places them.
_DOMESTIC_HEADS = frozenset({
    "police", "policemen", "policeman", "army", "rebels", "rebel", "insurgents", "insurgent",
    "militants", "militant", "guerrillas", "guerillas", "guerrilla", "gunmen", "gunman",
    "fighters", "separatists", "protesters", "protestors", "demonstrators", "students",
    "villagers", "residents", "youths", "strikers", "rioters", "mob", "opposition",
    "activists", "workers", "farmers", "teachers", "tribesmen", "militia", "militias",
    "assailants", "attackers", "kidnappers", "abductors", "bandits", "tribe", "tribes",
    "bomber", "bombers", "vigilantes", "peasants", "miners", "growers",
    "clan", "clans"})
#: What is given for someone ("aid for victims in Yemen": Yemen is not the giver's).
_AID_NOUNS = frozenset({"aid", "assistance", "funds", "funding", "money", "help", "support",
                        "relief", "donation", "donations", "appeal", "supplies", "food"})
#: Verbs whose subjects are protesters, whatever the words call them ("200,000 people
#: marched").
_MARCHING = frozenset({"march", "demonstrate", "rally", "protest", "riot", "chant"})
#: Creeds, which people of every country hold ("two Christian civilians"): no people of
#: another country.
_CREEDS = frozenset({"christian", "christians", "muslim", "muslims", "moslem", "moslems",
                     "catholic", "catholics", "protestant", "protestants", "jewish", "jew",
                     "jews", "hindu", "hindus", "buddhist", "buddhists", "sunni", "sunnis",
                     "shi'ite", "shiite", "shi'ites", "shiites", "shia", "druze", "alawite",
                     "alawites", "maronite", "maronites", "orthodox", "coptic", "copts",
                     "evangelical", "islamic", "islamist", "islamists"})
#: Soldiers a datelined lead names with no side ("RANGOON - Troops fired into a crowd"): the
#: country's own, as wire copy names foreign troops by their country.
_DATELINED_TROOPS = frozenset({"troops", "soldiers", "paratroopers", "units", "forces",
                               "commandos", "gunships", "tanks"})
#: Lands whose datelined "troops" are another state's, that holds them (the West Bank and
#: Gaza under Israeli occupation).
_OCCUPIERS = {"PSE": "ISR"}
#: Words that tie forces to a side ("troops loyal to the president").
_LOYAL_WORDS = frozenset({"loyal", "faithful", "allied", "belong", "belonging", "attached"})
#: Modifiers that make a generic head ("leader", "commander") a domestic actor's.
_DOMESTIC_MODIFIERS = frozenset({"rebel", "rebels", "militant", "militants", "insurgent",
                                 "guerrilla", "guerilla", "opposition", "separatist", "militia",
                                 "protest", "student", "tribal", "police"})
#: Modifiers that make "forces" or "troops" a country's own at home ("security forces").
_HOME_FORCE_WORDS = frozenset({"government", "security", "state", "police", "army",
                               "pro-government", "loyalist", "paramilitary", "riot", "junta"})
#: Prepositions that say where something is ("in Kabul", "near the border").
_PLACING_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout",
                            "through", "along",
                            "within", "around"})
_COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest",
                            "southeast", "southwest", "outskirts", "parts", "part"})
#: Nouns whose "the X's" refers back to the place last named ("the city's police").
_PLACE_BACK_NOUNS = frozenset({"city", "town", "province", "region", "capital", "village",
                               "district", "state", "county", "municipality", "governorate"})
#: Gazetteer kinds that stand for a place of one country however the tagger labelled it.
_ADMIN_KINDS = frozenset({"country", "state", "region", "capital", "site"})
#: Where a blast struck: also "near X" and "outside (of) X".
_STRIKE_PREPS = _CLAUSE_PREPS | {"near", "outside"}
#: State sectors whose unplaced actors ("the police", "the court") act at home.
_HOME_SECTORS = frozenset({"GOV", "JUD", "LEG"})
#: The state bodies that act where they are (not persons: a president speaks abroad).
_HOME_BODIES = frozenset({"police", "policemen", "policeman", "authorities", "government",
                          "congress", "court", "courts", "ministry", "parliament", "judiciary",
                          "cabinet", "prosecutors", "prosecutor", "legislature", "tribunal",
                          "regime", "guards", "jailers", "wardens", "lawmakers", "legislators",
                          "deputies", "senators", "mps"})
#: Sectors of actors that belong where they act (not diplomats, not the UN).
_LOCAL_SECTORS = frozenset({"CVL", "REB", "OPP", "PTY", "REL", "MED", "BUS"})
#: How far back (in tokens, about a dozen sentences) a bare role looks for its antecedent.
_REFER_BACK_TOKENS = 400
#: One-word names the tables give one country's body that other countries' bodies bear too
#: ("Congress" in Lima is Peru's; "Labour" in Wellington New Zealand's).
_SHARED_NAMES = frozenset({"congress", "democrats", "republicans", "labour", "majlis"})
#: Offices held in any kind of body: their sector is the body's ("the party's secretary
#: general" is a party official, "the NATO Secretary General" an IGO's).
_OFFICE_TITLES = frozenset({"secretary general", "secretary-general"})
#: Role nouns that, bare and definite, refer back to the one actor with that head named just
#: before ("the ministry", "the rebels", "the army").
_ANAPHORIC_HEADS = frozenset({
    "ministry", "government", "army", "military", "police", "rebel", "militant", "militia",
    "authority", "official", "parliament", "court", "junta", "regime", "administration",
    "agency", "council", "committee", "opposition", "party", "force", "troop", "soldier",
    "protester", "demonstrator", "insurgent", "guerrilla", "fighter", "navy", "coalition",
    "president", "minister", "spokesman", "spokeswoman", "premier", "envoy", "ambassador",
    "embassy", "cabinet", "legislature", "senate", "assembly", "union", "federation"})
#: Adjectives that describe a group already named without naming another ("the
#: paramilitary group", "the militant group", "the Islamist movement").
_GROUP_DESCRIPTORS = frozenset({
    "paramilitary", "militant", "armed", "rebel", "jihadist", "islamist", "extremist",
    "separatist", "insurgent", "terrorist", "radical", "hardline", "outlawed", "banned",
    "militia", "guerrilla", "political", "opposition", "ruling", "powerful", "shadowy",
    "secretive", "little-known", "sunni", "shia", "shiite", "islamic", "marxist", "maoist"})
#: Nouns that refer back to a group named before ("the group said").
_GROUP_NOUNS = frozenset({"group", "movement", "militia", "organization", "organisation",
                          "outfit", "faction"})
#: Nouns that refer back to the one body named before with that word in its name ("the
#: commission" -> the Ethiopian Human Rights Commission, "the union" -> the National Union
#: of Tunisian Journalists).
_BODY_NOUNS = frozenset({"commission", "committee", "council", "union", "federation",
                         "coalition", "alliance", "platform", "front", "party", "agency",
                         "board", "mission", "association",
                         "network", "bloc", "conference", "confederation", "congress",
                         "church"})
#: Nouns that refer back to a country ("the Arab country", "the Gulf state").
#: Kingdoms, for "the kingdom" (monarchies news calls so).
_KINGDOMS = frozenset("SAU JOR MAR BHR GBR ESP NLD BEL NOR SWE DNK THA KHM BTN LSO SWZ TON "
                      "NPL".split())
_COUNTRY_NOUNS = frozenset({"country", "nation", "kingdom", "state", "republic", "emirate",
                            "monarchy", "sheikhdom"})
#: Qualifiers of such a reference and the countries they allow.
_QUALIFIERS = {"arab": ("arab", None), "gulf": ("gulf", None), "persian": ("gulf", None),
               "african": ("continent", "AF"), "european": ("continent", "EU"),
               "asian": ("continent", "AS"), "latin": ("latin", None),
               "muslim": (None, None), "islamic": (None, None), "neighbouring": (None, None),
               "neighboring": (None, None), "war-torn": (None, None), "oil-rich": (None, None),
               "impoverished": (None, None), "landlocked": (None, None)}
#: Prepositions after which a country is a place, not an actor ("troops in Iraq").
_LOC_PREPS = frozenset({"in", "at", "to", "into", "inside", "near", "across", "throughout",
                        "within", "outside", "around", "toward", "towards", "over", "across"})
_TITLES = re.compile(r"^(?:(?:president|prime minister|premier|general|lieutenant general|"
                     r"lt\.? gen\.?|gen\.?|major general|brigadier general|colonel|col\.|"
                     r"commander|sheikh|shaikh|ayatollah|grand ayatollah|imam|cleric|dr\.?|"
                     r"mr\.?|mrs\.?|ms\.?|king|queen|prince|crown prince|emir|minister|senator|"
                     r"sen\.?|rep\.?|secretary|chancellor|pope|mullah|sayyed|sayyid|seyed|"
                     r"hojatoleslam|judge|justice|speaker|lieutenant|captain|major|admiral|"
                     r"rear admiral|vice admiral|air marshal|field marshal|marshal|brigadier|"
                     r"governor|mayor)\s+)+",
                     re.I)


#: Capitalised words before a surname that are no given name ("Mr", "Dr").
_GIVEN_FILLERS = frozenset(("mr", "mrs", "ms", "dr", "sir", "sheikh", "ayatollah", "mullah",
                            "imam", "gen", "col", "maj", "capt", "lt", "sgt", "rev", "prof"))


def _similar_names(a: str, b: str) -> bool:
    """Two spellings of one given name ("Moqtada"/"Muqtada", "Qassem"/"Qasem", "Bill"/"B.")."""
    a, b = key(a).strip("."), key(b).strip(".")
    if not a or not b:
        return False
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]                 # an initial
    if _NICKNAMES.get(a, a) == _NICKNAMES.get(b, b):
        return True                         # "Bill" Clinton is William
    import difflib
    return a[0] == b[0] and difflib.SequenceMatcher(None, a, b).ratio() >= 0.6


#: Short forms of given names that spelling alone does not tell.
_NICKNAMES = {n: full for full, ns in (
    ("william", "bill billy will"), ("robert", "bob bobby rob"), ("michael", "mike"),
    ("joseph", "joe"), ("james", "jim jimmy"), ("thomas", "tom"), ("richard", "dick rick"),
    ("edward", "ted ed"), ("anthony", "tony"), ("charles", "chuck charlie"),
    ("benjamin", "ben bibi"), ("david", "dave"), ("alexander", "alex sasha"),
    ("elizabeth", "liz"), ("stephen", "steve"), ("steven", "steve"), ("donald", "don"),
    ("ronald", "ron"), ("lawrence", "larry"), ("gerald", "jerry"), ("nicholas", "nick"),
    ("patrick", "pat"), ("samuel", "sam"), ("daniel", "dan"), ("christopher", "chris"),
    ("jose", "pepe"), ("francisco", "paco"), ("abdelaziz", "aziz"))
    for n in ns.split()}


@dataclass
class _Match:
    start: int          # token index
    end: int            # exclusive
    entry: ActorEntry
    demonym: bool = False


_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_WORD_BREAKS = re.compile(r"[\s\-‐'’]+")


def _tok_key(text: str) -> str:
    if text.isascii():
        return _NON_ALNUM.sub("", text.lower())
    return key(text)


def _is_event_noun(tok: "Token") -> bool:
    """Whether the event extractor reads this noun as an event of its own ("a condemnation of
    Togo"): then its "of"/"by" objects are that event's arguments, which the extractor
    assigns, not the owner of a thing."""
    global _match_noun
    if _match_noun is None:
        try:
            from eventwire.events.extract import match_noun as _match_noun
        except ImportError:        # the events stage is not installed: nothing to defer to
            _match_noun = False
    if _match_noun is False:
        return False
    try:
        return _match_noun(tok) is not None
    except Exception:              # noqa: BLE001 - never let the extractor's lexicon break us
        return False


_match_noun = None


#: Kinds of KB entries that are someone's own name: "called X" before one of them is no
#: naming of anything else.
_OWN_NAMES = frozenset(("person", "country", "government", "group", "igo", "institution",
                        "media"))


class DocActors:
    """Built once per document from the annotated spaCy Doc (entities + parse); holds the
    document's own aliases and its timeline of country mentions."""

    def __init__(self, sdoc: "Doc", kb: KnowledgeBase | None = None) -> None:
        """``kb``: the knowledge base to resolve names against; the built-in one when None
        (a Pipeline given user actor dictionaries passes its own)."""
        self.doc = sdoc
        self.kb: KnowledgeBase = kb if kb is not None else knowledge_base()
        self._texts: list[str] = []
        self._spaces: list[str] = []
        for t in sdoc:                    # one pass: making Token objects is what costs
            self._texts.append(t.text)
            self._spaces.append(t.whitespace_)
        self._keys = [_tok_key(t) for t in self._texts]
        self._match_at: dict[int, _Match] = {}          # every token of a match -> the match
        self._matches: list[_Match] = []
        self._doc_alias: dict[str, ActorEntry] = {}     # key -> entry (acronyms, surnames, known-as)
        self._doc_skel: dict[str, ActorEntry] = {}
        self._full_names: list[tuple[str, ActorEntry]] = []
        self._acronyms: set[str] = set()                # keys defined as "(ACRONYM)" here
        self._named_heads: dict[int, ActorEntry] = {}   # "a militia called X": militia -> X
        self._persons: dict[int, ActorEntry] = {}       # PERSON entity start token -> entry
        self._pending_surnames: list[tuple["Span", str]] = []   # placed once countries are known
        self._named_by_sentence: dict[int, frozenset[str]] = {}  # see _named_countries
        self._countries: list[tuple[int, str, bool]] = []   # (char offset, alpha-3, as place)
        self._places: list[tuple[int, str, bool]] = []      # named places: (offset, alpha-3, place)
        self._hops = 0                                   # depth of "the X of Y" look-through
        self._ent_at: dict[int, "Span"] = {}
        for ent in doc_ents(sdoc):
            for i in range(ent.start, ent.end):
                self._ent_at[i] = ent
        #: the token of the dash that ends a dateline opening the text, else -1
        self._dateline_end = self._dateline_dash()
        self._scan()
        self._acronyms_of_named()
        self._define_acronyms()
        self._known_as()
        self._register_persons()
        self._scan_doc_aliases()
        self._timeline()
        self.main_country = self._main_country()
        self.dominant_country = self._dominant_country()
        from eventwire.where import dateline_place
        opening = "".join(t + w for t, w in zip(self._texts[:80], self._spaces[:80]))
        dateline = dateline_place(opening)     # (Doc.text would join every token again)
        #: the country of a dateline opening the text ("KABUL -"), where the story is told
        self.dateline_country: str | None = dateline.country if dateline else None
        for ent, name in self._pending_surnames:
            entry = self._surname_in_sentence(ent.root, name)
            if entry is not None:
                self._persons[ent.start] = entry
        self._namesakes_by_place()
        self._home_officials()

    def _namesakes_by_place(self) -> None:
        """A name the tables hold for bodies of several countries is the one whose country
        its sentence or dateline names: "Islamic Jihad" freeing a hostage in west Beirut is
        the Lebanese organisation of the 1980s, not the Palestinian movement."""
        for m in self._matches:
            if m.demonym:
                continue
            entries = self.kb.namesakes("".join(self._keys[m.start:m.end]))
            if not entries:
                continue
            named = self._sentence_countries(self.doc[m.start])
            if not named:
                continue
            if self.dateline_country:
                named.add(self.dateline_country)
            fits = {e for e in entries if e.country in named}
            if len(fits) == 1:
                m.entry = fits.pop()

    def _bare_surname(self, tok: "Token", name: str, anywhere: bool) -> ActorEntry | None:
        """The person a lone capitalised word names: a surname the tables place without
        doubt (never a place the gazetteer knows), a spelling of a person's one-word name
        ("Yanukovich" for "Yanukovych"); else, or with ``anywhere`` false only, a surname
        the sentence's countries settle."""
        from eventwire.where import resolve_place

        e = None
        if anywhere:
            e = self.kb.surname(name)
            if e is None:
                fuzzy = self.kb.lookup(name)
                e = fuzzy if fuzzy is not None and fuzzy.kind == "person" else None
            if e is not None and resolve_place(name) is not None:
                return None
        return e or self._surname_in_sentence(tok, name)

    def _surname_in_sentence(self, tok: "Token", name: str) -> ActorEntry | None:
        """A surname persons of several countries bear, or a common one, is the person of
        the tables whose country the sentence or its dateline names ("Taylor rejected an
        ECOWAS demand ... beyond Monrovia" is Charles Taylor), when only one of their
        countries is named."""
        persons = self.kb.persons_surnamed(name)
        named = self._sentence_countries(tok) if persons else None
        if named is None:
            return None
        if self.dateline_country:
            named.add(self.dateline_country)
        sent = tok.sent
        named |= {m.entry.country for m in self._matches       # "Sadr ordered his Mahdi
                  if sent.start <= m.start < sent.end and m.entry.country and  # Army ...",
                  m.entry.kind in ("group", "institution", "person")      # "Ramos ... his
                  and not m.start <= tok.i < m.end}                       # predecessor Aquino"
        fits = [e for e in persons if e.country in named]
        return surname_entry(key(name), fits) if fits else None

    def _home_officials(self) -> None:
        """People the text names with a title or role but no country ("Government Minister
        Oscar Villca", "opposition leader Daniel Ssekandi", "radio journalist Mourad Ben
        Salah") in an article plainly about one country are that country's, as a reader
        takes them, when the sentence that names them names no other country; so are the
        later "Villca" and "he". Foreign visitors are named as such ("Brazil's foreign
        minister", "the visiting envoy")."""
        home = self.dominant_country
        swap: dict[ActorEntry, ActorEntry] = {}
        for start, entry in self._persons.items():
            if entry.country is not None or entry.sector not in _HOME_PERSON_SECTORS \
                    or entry in swap:
                continue
            own = self._speaks_for(start) if entry.sector in _STATE_SECTORS else None
            if own is not None:
                swap[entry] = replace(entry, country=own)
                continue
            if home is None:
                continue
            tok = self.doc[start]
            try:
                sent = tok.sent
            except ValueError:
                continue
            if self.countries_between(sent.start_char, sent.end_char) - {home}:
                continue
            elsewhere = sum(1 for off, code, _ in self._countries if code == home and not
                            sent.start_char <= off < sent.end_char)
            if elsewhere < 2 and self.dateline_country != home:
                continue            # one sentence about a country is no story about it
            window = self.doc[max(sent.start, start - 6):start]
            if any(t.lower_ in _ABROAD_WORDS for t in window):
                continue
            swap[entry] = replace(entry, country=home)
        if not swap:
            return
        for table in (self._persons, self._doc_alias, self._named_heads):
            for k, entry in list(table.items()):
                if entry in swap:
                    table[k] = swap[entry]
        for m in self._matches:
            if m.entry in swap:
                m.entry = swap[m.entry]
        self._full_names = [(n, swap.get(e, e)) for n, e in self._full_names]
        self._doc_skel = {k: swap.get(e, e) for k, e in self._doc_skel.items()}

    def _speaks_for(self, start: int) -> str | None:
        """"Interior Minister Rana Sanaullah warned that Pakistan would strike ...", "Foreign
        Minister X warned that Iraq could recall its ambassador": an official announcing
        what a state will or could do speaks for that state. Not what it will undergo
        ("said Russia would face consequences")."""
        ent = self._ent_at.get(start)
        root = ent.root if ent is not None else self.doc[start]
        verb = root.head
        if root.dep_ != "nsubj" or verb.lemma_.lower() not in ANNOUNCING:
            return None
        for comp in verb.children:
            if comp.dep_ != "ccomp" or comp.lemma_.lower() in STATE_UNDERGOES:
                continue
            if not any(c.dep_ == "aux" and c.lower_ in ("would", "could", "will", "may",
                                                        "might", "'ll", "shall")
                       for c in comp.children):
                continue
            subj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
            m = self._match_at.get(subj.i) if subj is not None else None
            if m is not None and m.entry.kind in ("country", "government") and m.entry.country:
                return m.entry.country
        return None

    # ------------------------------------------------------------------ document scan
    def _scan(self) -> None:
        """Longest KB alias match at each token, left to right, over token keys. Works on
        plain lists (token texts, trailing spaces, keys): spaCy token objects are slow to make."""
        texts, keys, kb = self._texts, self._keys, self.kb
        n = len(texts)
        i = 0
        while i < n:
            k0 = keys[i]
            if not k0 or not kb.is_prefix(k0) and not kb.has_key(k0):
                i += 1
                continue
            best = self._longest_match(i, self._kb_entry, kb.is_prefix)
            if best is None:
                i += 1
                continue
            end, entry = best
            if end - i == 1 and entry.kind not in ("country", "government") and \
                    self._common_noun_at_start(i) and not (
                        entry.kind == "person" and self._headline_subject(i)):
                i += 1             # "Amnesty was granted": a capitalised common noun
                continue
            demonym = end - i == 1 and kb.country_of_demonym(texts[i]) is not None
            if demonym and i >= 2 and texts[i - 1] == "-" and \
                    keys[i - 2] in ("pan", "trans", "inter"):
                i += 1             # "the Pan-American Highway", "pan-Arab": no one country
                continue
            if entry.kind == "country" and not demonym and end < n and \
                    texts[end][:1].isupper() and self._longer_place(i, end):
                i += 1             # "the Niger Delta" is Nigeria's, not Niger
                continue
            m = _Match(i, end, entry, demonym)
            self._matches.append(m)
            for t in range(i, end):
                self._match_at[t] = m
            i = end

    def _longer_place(self, i: int, end: int) -> bool:
        """Whether a country's name and the capitalised word after it are a place of another
        country ("Niger Delta", a Nigerian region) the gazetteer knows."""
        from eventwire.where import resolve_place

        phrase = " ".join(self._texts[i:end + 1])
        place = resolve_place(phrase)
        return place is not None and place.country is not None and \
            place.country != self.kb.exact(key(" ".join(self._texts[i:end])),
                                           " ".join(self._texts[i:end])).country

    def _acronyms_of_named(self) -> None:
        """An acronym the text does not define stands for the body it has named in full:
        after "the paramilitary Rapid Support Forces", "the RSF" is that force, not Reporters
        Without Borders (whose French initials the tables also know)."""
        initials: dict[str, ActorEntry] = {}
        for m in self._matches:
            words = [w for w in self._texts[m.start:m.end] if w[:1].isupper()]
            if m.end - m.start >= 2 and len(words) >= 2:
                initials.setdefault("".join(w[0] for w in words).lower(), m.entry)
        if not initials:
            return
        for m in self._matches:
            text = self._texts[m.start]
            if m.end - m.start == 1 and text.isupper() and len(text) >= 2:
                own = initials.get(text.lower())
                if own is not None and own != m.entry:
                    m.entry = own

    def _longest_match(self, i: int, entry_for: Callable[[str, int, int], Any],
                       extends: Callable[[str], bool], blocked: Container[int] = ()
                       ) -> tuple[int, Any] | None:
        """The longest alias starting at token ``i``: (end, entry) or None.

        Token keys are joined one by one ("Hashd" "al" "Shaabi"); a joiner glued to the
        previous token (an apostrophe, a hyphen) is skipped; the walk stops when the joined
        key is no alias prefix any more, or at a ``blocked`` token (already matched)."""
        texts, spaces, keys = self._texts, self._spaces, self._keys
        n = len(texts)
        s, best, j = "", None, i
        while j < n and j not in blocked:
            kj = keys[j]
            if not kj:
                if j > i and texts[j] in _JOINERS and not spaces[j - 1]:
                    j += 1
                    continue
                break
            s += kj
            entry = entry_for(s, i, j)
            if entry is not None:
                best = (j + 1, entry)
            if not extends(s):
                break
            j += 1
        return best

    def _kb_entry(self, key: str, i: int, j: int) -> ActorEntry | None:
        """A KB alias over tokens i..j, if its words carry a capital (so "us" is not the US)."""
        if not self.kb.has_key(key):
            return None
        texts, spaces = self._texts, self._spaces
        text = "".join(texts[x] + spaces[x] for x in range(i, j)) + texts[j]
        entry = self.kb.exact(key, text)
        if entry is None or not any(c.isupper() for c in text):
            return None
        if j > i and any(spaces[x] for x in range(i, j)):
            # "Israel is" is not "Israelis": words apart in the text must be apart in a name
            parts = len(text.split())
            if not any(len(_WORD_BREAKS.split(a.strip())) >= parts
                       for a in self.kb.aliases(entry) if key_of(a) == key):
                return None
        return entry

    def _common_noun_at_start(self, i: int) -> bool:
        tok = self.doc[i]
        return tok.pos_ == "NOUN" and tok.is_sent_start is True and not tok.is_upper

    def _headline_subject(self, i: int) -> bool:
        """A known person's surname opening a headline-like sentence, which the tagger took
        for a common noun: "Trump urges UN to ...", the subject of the verb right after it."""
        tok = self.doc[i]
        nxt = tok.nbor(1) if i + 1 < len(self.doc) else None
        return nxt is not None and tok.dep_ == "nsubj" and tok.head.i == nxt.i and \
            nxt.pos_ == "VERB" and tok.text[:1].isupper()

    def _define_acronyms(self) -> None:
        """"Popular Mobilization Units (PMU)": the bracketed acronym names the phrase before it."""
        doc, texts = self.doc, self._texts
        for i in range(1, len(doc) - 2):
            if texts[i] != "(" or texts[i + 2] != ")":
                continue
            acr = doc[i + 1].text
            letters = acr.replace(".", "")
            if not (2 <= len(letters) <= 7 and letters.isalpha() and letters[0].isupper()
                    and sum(c.isupper() for c in letters) >= 2):
                continue
            words: list[int] = []
            j = i - 1
            while j >= 0 and i - j <= 10:
                t = doc[j]
                if t.is_title or t.is_upper or t.lower_ in ("of", "and", "for", "the", "al", "-",
                                                           "'", "'s", "’", "’s", "de", "du",
                                                           "des", "la", "del"):
                    words.insert(0, j)
                    j -= 1
                else:
                    break
            caps = [w for w in words if doc[w].text[:1].isupper() and doc[w].lower_ != "the"]
            target = letters.upper()
            start = None
            for s in range(len(caps)):
                initials = "".join(doc[w].text[0].upper() for w in caps[s:])
                if initials == target:
                    start = caps[s]
                    break
            if start is None and len(caps) >= 2 and len(
                    set(target) & {doc[w].text[0].upper() for w in caps}) >= 2 \
                    and self._match_at.get(i - 1) is None:
                # a name translated from the language of its acronym ("the Bolivian Workers'
                # Central (COB)", Central Obrera Boliviana): the whole capitalised name
                start = caps[0]
            if start is None:
                # Whatever the phrase's KB match is, when the acronym is a known alias of it.
                m = self._match_at.get(i - 1)
                if m is not None and key(acr) in {key(a) for a in self.kb.aliases(m.entry)}:
                    self._doc_alias[key(acr)] = m.entry
                continue
            phrase = doc[start:i]
            m = self._match_at.get(i - 1)
            if m is not None and m.start <= start + 1 and not m.demonym:
                entry = m.entry
            else:
                entry = self.kb.lookup(phrase.text) or self._new_org(start, i)
            self._doc_alias[key(acr)] = entry
            self._acronyms.add(key(acr))
            if i + 1 not in self._match_at or self._match_at[i + 1].entry != entry:
                m2 = _Match(i + 1, i + 2, entry)
                self._matches.append(m2)
                self._match_at[i + 1] = m2

    def _new_org(self, start: int, end: int) -> ActorEntry:
        """An organisation the KB does not know, named in the text: country from a demonym or
        country word just before it, sector from its own words ("Forces", "Party", "Ministry")."""
        doc = self.doc
        country = None
        for t in doc[max(0, start - 2):end]:
            c = self.kb.country_of_demonym(t.text) or self.kb.country_of_name(t.text)
            if c:
                country = c
        sector = None
        for t in reversed(doc[start:end]):
            sector = self.kb.sector_for_role(t.text)
            if sector:
                break
        name = doc[start:end].text
        return ActorEntry(name, country, sector, "org")

    def _known_as(self) -> None:
        """"X, better known as Y" / "known by the Arabic name Y": Y is another name of X."""
        doc, texts = self.doc, self._texts
        for i, text in enumerate(texts):
            if text not in ("known", "called", "dubbed", "named") or i + 1 >= len(doc):
                continue
            t = doc[i]
            if text == "known":
                # "known as Y", "known by the Arabic name Y"
                if texts[i + 1] not in ("as", "by"):
                    continue
                limit = i + 6
            else:
                # "a group called Y", "the so-called Y": a participle naming its noun, with
                # the name right after it — not "called on the United States"
                if t.dep_ not in ("acl", "amod", "oprd") and texts[i - 1].lower() not in (
                        "also", "so", "-"):
                    continue
                limit = i + 1
            # the alias: the first proper-name run after it
            j = t.i + 1
            while j < len(doc) and j <= limit and not (doc[j].pos_ == "PROPN" and
                                                        doc[j].text[:1].isupper()
                                                        and doc[j].ent_type_ != "NORP"):
                j += 1
            if j >= len(doc) or j > limit:
                continue
            k = j
            while k < len(doc) and (doc[k].pos_ == "PROPN" or doc[k].text in _JOINERS
                                    or doc[k].lower_ in ("al", "el")):
                k += 1
            alias_span = doc[j:k]
            if text != "known" and any(
                    x in self._match_at and self._match_at[x].entry.kind in _OWN_NAMES
                    for x in range(j, k)):
                continue        # "Trump called President Erdogan": a known actor is phoned,
                                # not a new name of the caller
            ref_entry = None
            h = t.head
            if text != "known" and h.pos_ == "NOUN" and h.i < t.i and \
                    self.kb.sector_for_role(h.text) is not None and h.i not in self._match_at:
                # "a new militia called Saraya Awliya al-Dam": the name of that militia
                ref_entry = self.kb.lookup(alias_span.text) or ActorEntry(
                    alias_span.text, None, self.kb.sector_for_role(h.text), "group")
                self._named_heads[h.i] = ref_entry
            # the referent: the last non-demonym match within the ten tokens before "known"
            for m in reversed(self._matches if ref_entry is None else []):
                if m.end <= t.i and t.i - m.end <= 10 and not m.demonym \
                        and doc[m.start].sent == t.sent:
                    ref_entry = m.entry
                    break
            if ref_entry is None:
                for ent in reversed([e for e in t.sent.ents if e.end <= t.i]):
                    if t.i - ent.end > 10 or ent.label_ not in ("ORG", "PERSON"):
                        break
                    ref_entry = self._entry_for_head(ent.root)
                    if ref_entry is not None:
                        self._doc_alias[key(ent.text)] = ref_entry
                    break
            if ref_entry is None or not alias_span.text.strip():
                continue
            self._doc_alias[key(alias_span.text)] = ref_entry
            if j not in self._match_at:
                m2 = _Match(j, k, ref_entry)
                self._matches.append(m2)
                for x in range(j, k):
                    self._match_at[x] = m2

    def _register_persons(self) -> None:
        """Persons: full names from the KB or the text; their surnames become aliases, in
        text order ("Colonel Hamidou Traore ... Traore asked" before a later "Captain
        Ibrahim Traore": the first full name a surname follows is the one it stands for)."""
        doc = self.doc
        self._drop_namesakes()
        items: list[tuple[int, object]] = [(m.start, m) for m in self._matches
                                           if m.entry.kind == "person"]
        items += [(ent.start, ent) for ent in doc_ents(doc)]
        for _, item in sorted(items, key=lambda it: it[0]):
            if isinstance(item, _Match):
                self._add_surnames(doc[item.start:item.end].text, item.entry)
                continue
            ent = item
            surnamed = self._surname_mislabelled(ent)
            if ent.label_ != "PERSON" and not surnamed and not self._looks_like_person(ent):
                continue
            m = self._match_at.get(ent.root.i)
            if m is not None:
                if m.entry.kind == "person":
                    self._persons[ent.start] = m.entry
                continue
            name = _TITLES.sub("", ent.text).strip(" ,")
            if not name or len(key(name)) < 2:
                continue
            entry = self._doc_alias.get(key(name)) or self._doc_variant(name)
            if entry is None:
                entry = self.kb.lookup(name)
                if entry is not None and entry.kind != "person":
                    entry = None if len(ent) == 1 else entry
            if entry is None and len(name.split()) == 1 and (ent.label_ == "PERSON" or surnamed):
                entry = self.kb.surname(name)       # "Sherpao said": the tables' one Sherpao
                if entry is None and self.kb.persons_surnamed(name):
                    self._pending_surnames.append((ent, name))
            if entry is None:
                country, sector = self._context_of(ent.root)
                before = doc[ent.start - 1] if ent.start > 0 else None
                titled = sector is not None and (
                    ent.text != name or before is not None and before.is_title and
                    self.kb.sector_for_role(before.lower_) is not None)
                if len(name.split()) >= 2 or titled:        # or "Judge Marquevich"
                    entry = ActorEntry(name, country, sector, "person")
            if entry is not None:
                self._persons[ent.start] = entry
                if len(name.split()) >= 2:
                    self._add_surnames(name, entry)
        self._appositive_persons()

    def _drop_namesakes(self) -> None:
        """A known person's surname under another given name is someone else: "Prime
        Minister Nodir Karimov" is not Islam Karimov, and a later bare "Karimov" is Nodir
        too; after "Hillary Clinton", "Clinton" is she, not the tables' Bill Clinton. A
        spelling of the same given name ("Moqtada al-Sadr" for Muqtada) still counts."""
        named: dict[str, tuple[int, ActorEntry | None]] = {}    # surname -> (where, whom)
        for m in self._matches:
            if m.entry.kind == "person" and m.end - m.start >= 2:
                named.setdefault(key(self._texts[m.end - 1]), (m.start, m.entry))
        for ent in doc_ents(self.doc):
            if ent.label_ != "PERSON":
                continue
            m = self._match_at.get(ent.root.i)
            if m is None or m.entry.kind != "person" or m.start <= ent.start:
                continue
            known = [w for w in m.entry.name.split()[:-1] if w[:1].isupper()]
            if not known or any(_similar_names(t, k) for t in self._texts[m.start:m.end]
                                for k in known):
                continue                    # the match holds the given name itself
            given = [t for t in self._texts[ent.start:m.start] if t[:1].isupper()
                     and not _TITLES.match(t + " ") and key(t) not in _GIVEN_FILLERS
                     and self.kb.sector_for_role(t) is None]
            if not given or any(_similar_names(g, k) for g in given for k in known):
                continue
            if self.kb.lookup(" ".join(self._texts[ent.start:m.end])) == m.entry:
                continue                    # a full alias the tables hold
            self._drop(m)
            prev = named.get(key(self._texts[m.end - 1]))
            if prev is None or prev[0] > ent.start:
                named[key(self._texts[m.end - 1])] = (ent.start, None)
        for m in list(self._matches):       # later bare surnames: the person the text named
            if m.entry.kind != "person" or m.end - m.start != 1:
                continue
            own = named.get(key(self._texts[m.start]))
            if own is None or own[0] >= m.start or own[1] == m.entry:
                continue
            if own[1] is None:
                self._drop(m)               # the namesake: the document's own alias
            else:
                m.entry = own[1]

    def _drop(self, m: "_Match") -> None:
        self._matches.remove(m)
        for t in range(m.start, m.end):
            if self._match_at.get(t) is m:
                del self._match_at[t]

    def _appositive_persons(self) -> None:
        """Names the model missed or mislabelled but an appositive office describes ("Emeka
        Obi, Nigeria's defence minister", "Mr. Obi, the foreign minister of Ghana"): a
        capitalised proper noun beside a singular noun for a person's office is that person,
        of the country and sector the office's words say."""
        doc = self.doc
        if not doc.has_annotation("DEP"):
            return
        from eventwire.where import resolve_place

        import numpy
        from spacy.attrs import DEP, TAG

        strings = doc.vocab.strings
        arr = doc.to_array([DEP, TAG])
        candidates = numpy.flatnonzero((arr[:, 0] == strings.add("appos"))
                                       & (arr[:, 1] == strings.add("NN")))
        for i in candidates:
            c = doc[int(i)]
            if c.lower_ not in _PERSON_OFFICES:
                continue
            tok = c.head
            if tok.i > c.i or tok.pos_ != "PROPN" or not tok.text[:1].isupper() or \
                    tok.i in self._match_at or tok.i in self._named_heads:
                continue
            ent = self._ent_at.get(tok.i)
            if ent is not None and (self._persons.get(ent.start) is not None or
                                    ent.label_ not in ("PERSON", "GPE", "ORG", "NORP")):
                continue
            first = tok.i
            while first > 0 and doc[first - 1].dep_ == "compound" and \
                    doc[first - 1].head.i == tok.i and doc[first - 1].text[:1].isupper():
                first -= 1
            name = _TITLES.sub("", doc[first:tok.i + 1].text).strip(" ,")
            if not name or len(key(name)) < 3 or self.kb.lookup(name, fuzzy=False) is not None:
                continue
            if (ent is None or ent.label_ != "PERSON") and resolve_place(name) is not None:
                continue       # "Gao, the regional capital": a place, not a person
            country, sector = self._context_of(tok)
            if country is None and sector is None:
                continue
            entry = ActorEntry(name, country, sector, "person")
            self._named_heads[tok.i] = entry
            if ent is not None:
                self._persons[ent.start] = entry
            self._add_surnames(name, entry)

    def _scan_doc_aliases(self) -> None:
        """Later mentions of the document's own names: "the PMU", "Sadr", "Dir al-Sharq"."""
        if not self._doc_alias:
            return
        # the document's own definitions win over the tables: "Rapid Support Forces (RSF)"
        # makes every later "RSF" the paramilitary, not Reporters Without Borders
        for m in self._matches:
            k = "".join(self._keys[m.start:m.end])
            own = self._doc_alias.get(k) if k in self._acronyms else None
            if own is not None and own != m.entry and not m.demonym:
                m.entry = own
        prefixes = {k[:i] for k in self._doc_alias for i in range(1, len(k))}
        texts, keys = self._texts, self._keys
        n, i = len(texts), 0
        while i < n:
            if i in self._match_at or not keys[i] or not texts[i][:1].isupper() or \
                    (keys[i] not in prefixes and keys[i] not in self._doc_alias):
                i += 1
                continue
            best = self._longest_match(i, lambda key, _i, _j: self._doc_alias.get(key),
                                       prefixes.__contains__, blocked=self._match_at)
            if best is None:
                i += 1
                continue
            best, entry = best
            m = _Match(i, best, entry)
            self._matches.append(m)
            for t in range(i, best):
                self._match_at[t] = m
            i = best

    def _doc_variant(self, name: str) -> ActorEntry | None:
        """A person named earlier in the document under another spelling."""
        e = self._doc_skel.get(skeleton(name))
        if e is not None and (alike(name, e.name) or any(
                alike(name, full) for full, x in self._full_names if x == e)):
            return e
        return None

    def _surname_mislabelled(self, ent: "Span") -> bool:
        """A lone surname the model took for a thing ("Bongo ordered troops ...", labelled
        PRODUCT): the subject of a clause, no place, and one person of the tables bears it."""
        if ent.label_ not in ("PRODUCT", "WORK_OF_ART", "ORG") or len(ent) != 1:
            return False
        tok = ent[0]
        if tok.pos_ != "PROPN" or tok.dep_ not in ("nsubj", "nsubjpass") or \
                tok.i in self._match_at:
            return False
        from eventwire.where import resolve_place

        return resolve_place(tok.text) is None and self.kb.surname(tok.text) is not None

    def _looks_like_person(self, ent: "Span") -> bool:
        """A name the model mislabelled (GPE, ORG) but the text describes as a person:
        "Karim Dawoodi, a senior Afghan minister," — an unknown proper name in apposition
        to a singular role noun."""
        if ent.label_ not in ("GPE", "ORG", "NORP") or len(ent) < 2:
            return False
        if not all(t.pos_ == "PROPN" for t in ent):
            return False
        if ent.root.i in self._match_at:
            return False
        from eventwire.where import resolve_place

        if resolve_place(ent.text) is not None:
            return False
        for c in ent.root.rights:
            if c.dep_ == "appos" and c.pos_ == "NOUN" and c.tag_ == "NN" and \
                    self.kb.sector_for_role(c.text):
                return True
        rest = _TITLES.sub("", ent.text).strip()
        if rest != ent.text.strip() and len(rest.split()) >= 2 and \
                all(w[:1].isupper() for w in rest.split()):
            return True     # "Rear Admiral Prasert Shinawatra": a rank before a full name
        before = ent.start - 1
        return before >= 0 and self.doc[before].pos_ == "NOUN" and len(ent) >= 2 and \
            self.doc[before].lower_ in _NAMING_ROLES   # "navy spokesman Prasert Chan"


    def _add_surnames(self, full: str, entry: ActorEntry) -> None:
        words = [w for w in re.split(r"\s+", full.strip()) if w]
        if len(words) < 2:
            return
        last = words[-1]
        bare = without_article(last)
        if not bare[:1].isupper():
            return
        for k in {key(last), key(bare), key(full)}:
            if len(k) >= 3:         # never an empty or two-letter key: "Li", "Xi" stay whole
                self._doc_alias.setdefault(k, entry)
        sk = skeleton(full)
        if len(sk) >= 5:
            self._doc_skel.setdefault(sk, entry)
            self._full_names.append((full, entry))

    def _context_of(self, tok: "Token") -> tuple[str | None, str | None]:
        """Country and sector from the words around a name: its modifiers ("Iraqi Shia cleric
        X"), its appositive ("X, the former Iraqi prime minister") or the noun it is in
        apposition to ("the Iraqi prime minister, X", "a senior Hamas official, X")."""
        # the words of those phrases within a window around the name, as index ranges
        # (a subtree is a contiguous span; making every token of a long one costs time)
        lo, hi = max(tok.i - 10, self._dateline_end + 1), tok.i + 13
        # (never the dateline's words: "HELSINKI (Reuters) - Indonesian Minister X" hung on X)
        ranges: list[tuple[int, int]] = []

        def add(start: int, end: int) -> None:
            start, end = max(start, lo), min(end, hi)
            if start < end:
                ranges.append((start, end))

        for c in tok.lefts:
            add(c.left_edge.i, c.right_edge.i + 1)
        for c in tok.rights:
            if c.dep_ == "appos":
                add(c.left_edge.i, c.right_edge.i + 1)
        if tok.dep_ == "appos":
            add(tok.head.left_edge.i, tok.i)
        for c in tok.rights:
            if c.dep_ == "prep" and c.lower_ == "of" and any(
                    self._as_title(t) for t in tok.lefts):
                add(c.left_edge.i, c.right_edge.i + 1)     # "President Kofi Mensah of Ghana"
        doc = self.doc
        pool = [doc[i] for start, end in ranges for i in range(start, end)]
        country = None
        role = generic = org_sector = people = None
        for t in pool:
            if not tok.i - 10 <= t.i <= tok.i + 12:
                continue
            m = self._match_at.get(t.i)
            if m is not None and tok.i in range(m.start, m.end):
                continue
            if country is None:
                if m is not None and m.end - m.start > 1 and m.entry.kind == "group" and \
                        m.entry.country:
                    country = m.entry.country     # "Turkish Cypriot leader": Cyprus, not Turkey
                else:
                    country = self.kb.country_of_demonym(t.text) or \
                        self.kb.country_of_name(t.text)
                if country is None and m is not None and m.entry.kind != "person":
                    country = m.entry.country
            if m is not None and m.entry.kind not in ("country", "government", "person"):
                if m.entry.sector == "CVL":
                    people = people or m.entry.sector   # a people, not an organisation
                else:
                    org_sector = org_sector or m.entry.sector
                continue
            if t.pos_ in ("NOUN", "PROPN") or t.lower_ in ("shia", "sunni", "shiite"):
                sec, office = None, False
                if self._role_pair(t.i, t.i + 1):
                    continue     # "Secretary General": the two words together say it
                pair = self._role_pair(t.i - 1, t.i)
                if pair:        # "Lieutenant General", "Attorney General", "prime minister"
                    sec = self.kb.sector_for_role(pair)
                    office = pair in _OFFICE_TITLES
                sec = sec or self.kb.sector_for_role(t.text)
                if t.lower_ in _HONORIFICS:
                    continue     # "Sheikh Hamad": a ruler, a tribal elder or a cleric
                if sec and (t.lower_ in _GENERIC_HEADS or office):
                    generic = generic or sec      # an office of whatever body it is in
                elif sec:
                    role = role or sec
        if country is None and (role or generic):
            # "New York Governor Andrew Cuomo": the seat of the office before the name
            ent = self._ent_at.get(tok.i)
            name_start = ent.start if ent is not None and ent.label_ == "PERSON" else tok.i
            while name_start > 0 and self.doc[name_start - 1].pos_ == "PROPN" and \
                    self.doc[name_start - 1].dep_ == "compound" and \
                    not self.kb.sector_for_role(self.doc[name_start - 1].text):
                name_start -= 1            # "Flavia Nardelli Piccoli": all of the name
            country = self._place_run_country(pool, tok, before=name_start, office=True)
        if org_sector in ("IGO", "NGO") and role in ("GOV", None):
            role = org_sector          # "U.N. special envoy X" serves the UN, not a state
        return country, role or org_sector or generic or people

    def _timeline(self) -> None:
        """Every mention of a country (by name, capital, city or demonym), in text order,
        marked when it stands as a place ("in Iraq") — for "the country" references."""
        from eventwire.where import resolve_place

        doc = self.doc
        seen: set[int] = set()
        for ent in doc_ents(doc):
            if ent.label_ not in ("GPE", "LOC", "FAC") and not self._named_as_place(ent):
                continue
            place = self._ent_place(ent)
            if place is None or not place.country:
                continue
            seen.update(range(ent.start, ent.end))
            as_place = self._as_place(ent.root)
            self._countries.append((ent.start_char, place.country, as_place))
            # named places, and whether a phrase places something there ("a jail in Juba"),
            # not a capital standing for its government ("Washington condemned ...")
            self._places.append((ent.start_char, place.country,
                                 self._in_place_phrase(ent.root)))
        for m in self._matches:
            if m.entry.kind in ("group", "org", "institution", "media") and m.entry.country:
                for i in range(m.start, m.end):     # "Pakistan People's Party", "the
                    word = doc[i].text              # American Civil Liberties Union": the
                    if (self.kb.country_of_demonym(word) or   # name still names the country
                            self.kb.country_of_name(word)) == m.entry.country:
                        self._countries.append((doc[i].idx, m.entry.country, False))
                continue
            if m.start in seen or m.entry.kind not in ("country", "government") or \
                    self._native_indians(m):
                continue
            tok = doc[m.end - 1]
            if not m.demonym:
                self._places.append((tok.idx, m.entry.country, self._in_place_phrase(tok)))
            self._countries.append((tok.idx, m.entry.country, (not m.demonym)
                                    and self._as_place(tok)))
        self._countries.sort()
        self._places.sort()

    @staticmethod
    def _named_as_place(ent: "Span") -> bool:
        """A name the tagger took for an organisation or a person that the words around it
        call a place: "the border town of Cucuta", "the capital, Bujumbura"."""
        if ent.label_ not in ("ORG", "PERSON") or len(ent) > 3:
            return False
        root = ent.root
        if root.dep_ == "pobj" and root.head.lower_ == "of":
            return root.head.head.lower_ in _AREA_NOUNS
        return root.dep_ == "appos" and root.head.lower_ in _AREA_NOUNS

    def _foreign_victims(self, sent: "Span") -> set[int]:
        """Offsets of the people's adjectives of foreigners acted on ("seized two Italian aid
        workers in Baghdad"): their nationality says nothing of where the doers are from."""
        out: set[int] = set()
        for m in self._matches:
            if not sent.start <= m.start < sent.end:
                continue
            h = self.doc[m.start]
            if not m.demonym and not (m.entry.kind == "country" and
                                      h.dep_ in ("compound", "amod", "nmod")):
                continue        # ("seized a U.S. Marine officer": a country name as adjective)
            while h.dep_ in ("amod", "compound") and h.head is not h:
                h = h.head
            if h.lemma_.lower() in _FOREIGN_VICTIMS and h.dep_ in ("dobj", "pobj", "nsubjpass"):
                out.add(self.doc[m.start].idx)
        return out

    def _in_the_americas(self, i: int) -> bool:
        """Whether the sentence of token ``i`` places things in the Americas and names no
        India ("Indian protesters occupied the Congress building in Quito")."""
        from eventwire.where import resolve_place

        try:
            sent = self.doc[i].sent
        except ValueError:
            return False
        americas = False
        for ent in sent.ents:
            if ent.label_ not in ("GPE", "LOC", "FAC"):
                continue
            place = resolve_place(ent.text)
            info = self.kb.country(place.country) if place and place.country else None
            if info is not None and info.code == "IND":
                return False
            americas = americas or info is not None and (
                info.continent == "SA" or info.continent == "NA" and
                info.code not in ("USA", "CAN"))      # Latin America's peoples
        return americas

    def _native_indians(self, m: _Match) -> bool:
        """"Amazon Indians", "Mayan Indians": a people of the Americas, no mention of India."""
        if not m.demonym or self._texts[m.start].lower() not in ("indians", "indian"):
            return False
        if m.start > 0 and self._texts[m.start - 1].lower() in _NATIVE_PEOPLES:
            return True
        after = self._keys[m.end] if m.end < len(self._keys) else None
        return (after is None or self.kb.sector_for_role(after) in (None, "CVL", "REB", "OPP")) \
            and self._in_the_americas(m.start)   # "Indian rebels in Chiapas", not "Indian
                                                 # officials in Mexico City"

    @staticmethod
    def _describes_place(tok: "Token") -> bool:
        """A word that qualifies a place, not people: "the Kashmiri capital Srinagar", "the
        Kurdish city of Erbil"."""
        while tok.dep_ in ("amod", "compound") and tok.head is not tok:
            tok = tok.head
            if tok.lower_ in _AREA_NOUNS or tok.ent_type_ in ("GPE", "LOC"):
                return True
        return False

    @staticmethod
    def _as_place(tok: "Token") -> bool:
        while tok.dep_ == "conj" and tok.head is not tok:
            tok = tok.head
        while tok.dep_ in ("compound", "appos") and tok.head is not tok:
            tok = tok.head
        return tok.dep_ == "pobj" and tok.head.lower_ in _LOC_PREPS

    @staticmethod
    def _in_place_phrase(tok: "Token") -> bool:
        """A name in a phrase that places something: "a jail in Kabul", "south of the capital
        Juba", "the town of Soroti", "the Deraa countryside" — not a name standing for an
        actor ("Washington said", "talks with Kabul", "the President of Russia")."""
        while tok.dep_ in ("conj", "compound", "appos") and tok.head is not tok:
            if tok.dep_ == "compound" and tok.head.lower_ in _AREA_NOUNS:
                return DocActors._in_place_phrase(tok.head)     # "the Deraa countryside"
            tok = tok.head
        if tok.dep_ == "poss" and tok.head is not tok and (
                tok.head.pos_ == "PROPN" or tok.head.lower_ in _SITE_NOUNS
                or tok.head.lower_ in _COMPASS_WORDS):
            # "in Ivory Coast's north", "packed Cairo's Tahrir Square": the owner's place
            owned = tok.head
            return owned.dep_ == "dobj" or DocActors._in_place_phrase(owned)
        if tok.dep_ != "pobj":
            return False
        prep = tok.head
        if prep.lower_ in _PLACING_PREPS:
            return True
        return prep.lower_ == "of" and (prep.head.lower_ in _AREA_NOUNS or
                                        prep.head.lower_ in _PROPERTY or
                                        prep.head.lower_ in _COMPASS_WORDS)

    def _sentence_countries(self, tok: "Token") -> set[str] | None:
        """The countries the token's sentence mentions; None where the doc has no sentences."""
        try:
            sent = tok.sent
        except ValueError:
            return None
        return self.countries_between(sent.start_char, sent.end_char)

    def _sided_offsets(self, head: "Token") -> set[int]:
        """Offsets of the places an actor's own words side it with or against ("pro-Jakarta
        militiamen", "anti-government protesters"): they are not where it is from."""
        doc = self.doc
        out: set[int] = set()
        for t in head.subtree:
            if t.i < head.i and re.search(r"\b(?:pro|anti)\W*$",
                                         doc[max(0, t.i - 2):t.i].text.lower()):
                out.add(t.idx)
        return out

    def _reporter_offsets(self, head: "Token") -> range:
        """Character offsets of who reports the act the head's clause tells ("..., diplomats
        in Kigali said"; "Police in Lagos said ..."): where they speak from is not where the
        act's people are from. Empty when the head is itself the reporter."""
        try:
            root = head.sent.root
        except ValueError:
            return range(0)
        if root.lemma_.lower() not in _REPORTING or root.pos_ not in ("VERB", "AUX"):
            return range(0)
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.left_edge.i <= head.i <= subj.right_edge.i:
            return range(0)
        if not any(c.dep_ == "ccomp" and c.left_edge.i <= head.i <= c.right_edge.i
                   for c in root.children):
            return range(0)
        doc = self.doc
        end = doc[subj.right_edge.i]
        return range(doc[subj.left_edge.i].idx, end.idx + len(end.text))

    def countries_between(self, start: int, end: int) -> set[str]:
        """The countries mentioned (by name, capital, place or demonym) between two character
        offsets, e.g. within one sentence."""
        return {code for off, code, _ in self._countries if start <= off < end}

    def _main_country(self) -> str | None:
        counts: Counter[str] = Counter()
        for _, code, place in self._countries:
            counts[code] += 2 if place else 1
        if not counts:
            return None
        (best, n), *rest = counts.most_common(2) + [(None, 0)]
        return best if not rest or n > rest[0][1] else None

    def _dominant_country(self) -> str | None:
        """The country an article is plainly about: at least three mentions and at least
        twice as many as any other. Only then may an unmarked state actor ("President
        Guillermo Lasso", "riot police") be taken to be that country's."""
        counts: Counter[str] = Counter()
        for _, code, place in self._countries:
            counts[code] += 2 if place else 1
        top = counts.most_common(2)
        if not top or top[0][1] < 3 or len(top) > 1 and top[0][1] < 2 * top[1][1]:
            return None
        return top[0][0]

    def _default_country(self, sector: str | None, toks: Iterable["Token"]) -> str | None:
        """The dominant country for a state actor the text does not place ("the police",
        "Interior Minister X"); never for foreign, international or non-state actors."""
        if sector not in _STATE_SECTORS or self.dominant_country is None:
            return None
        if any(t.lower_ in _NOT_DOMESTIC for t in toks):
            return None        # "the foreign ministry" of a story may be any country's
        words = [t.lower_ for t in toks]
        if ("both" in words or "the" in words and "two" in words) and words[-1] in _PARTIES:
            return None        # "the two leaders": the parties just named, not one country
        if sector == "MIL" and words and words[-1] in _DATELINED_TROOPS:
            return _OCCUPIERS.get(self.dominant_country, self.dominant_country)
        return self.dominant_country

    def _home_people(self, sector: str | None, toks: Iterable["Token"], head: "Token"
                     ) -> str | None:
        """The country an article is plainly about, for its unnamed people and movements
        ("the dockworkers walked off the job", "opposition supporters marched") when their
        sentence names no other country: CAMEO codes protesters, strikers, rebels and parties
        by the country they act in. Never for refugees, migrants, visitors or anyone the
        words call foreign."""
        from eventwire.actors.counterpart import NOT_OF_IT

        home = self.dominant_country or self.dateline_country    # "DAKAR - Students ..."
        subject = head                  # "tens of thousands of people marched"
        while subject.dep_ == "pobj" and subject.head.lower_ == "of" and \
                subject.head.head is not subject.head:
            subject = subject.head.head
        marching = subject.dep_ == "nsubj" and subject.head.lemma_.lower() in _MARCHING
        if home is None or home in _NO_HOME_PEOPLE or not (
                sector in _HOME_PEOPLE_SECTORS or sector == "REL" and marching):
            return None                 # (monks who march are protesters too)
        if sector == "CVL" and head.lemma_.lower() not in _HOME_CVL and \
                head.lower_ not in _HOME_CVL and not marching:
            return None             # "people", "voters", "passengers": anyone, anywhere
                                    # (but people who march are protesters)
        words = {t.lower_ for t in toks}
        if words & _NOT_HOME_PEOPLE or words & NOT_OF_IT:
            return None
        sent = head.sent
        if self.countries_between(sent.start_char, sent.end_char) - {home} and \
                self._other_countries(head, home) != set():
            return None     # (a country named only on the other side of the act is no bar)
        return home

    def _dateline_dash(self) -> int:
        """"KHARTOUM -", "ISLAMABAD, March 13 (Reuters) -": the spaced dash after a capitalised
        place opening the text (not the hyphen of "WHO director-general")."""
        doc = self.doc
        if not len(doc) or not (doc[0].text.isalpha() and doc[0].text.isupper()):
            return -1
        if len(doc[0].text) < 3 and not (len(doc) > 1 and doc[1].text.isalpha()
                                         and doc[1].text.isupper()):
            return -1              # "LA PAZ -", "EL FASHER -"; not "US troops - ..."
        for t in doc[1:15]:
            if t.text in DASHES and t.whitespace_ and doc[t.i - 1].whitespace_:
                return t.i
            if t.is_sent_start or t.pos_ == "VERB":
                break
        return -1

    def _dateline_home(self, sector: str | None, toks: list["Token"], head: "Token"
                       ) -> str | None:
        """"KABUL - Police arrested 20 people": police, courts, governments and the home
        forces of a story datelined in one country are that country's, when the sentence
        names no other."""
        if self.dateline_country is None or any(t.lower_ in _NOT_DOMESTIC for t in toks):
            return None
        if not (sector in _HOME_SECTORS and (head.lower_ in _HOME_BODIES or
                                             head.lemma_.lower() in _HOME_BODIES)) and \
                not (sector == "MIL" and (self._domestic(head, toks) or
                                          head.lower_ in _DATELINED_TROOPS)):
            return None     # (the army, "junta soldiers" and bare "Troops" of a datelined
                            # lead are at home; "Israeli troops" say whose they are)
        named = self._sentence_countries(head)
        if named is None:
            return None
        reporter = self._reporter_offsets(head)
        if reporter:
            sent = head.sent
            named = {code for off, code, _ in self._countries
                     if sent.start_char <= off < sent.end_char and off not in reporter}
        home = self.dateline_country
        if head.lower_ in _DATELINED_TROOPS and not self._domestic(head, toks):
            home = _OCCUPIERS.get(home, home)   # "NABLUS - Troops shot ...": Israel's
        if named <= {self.dateline_country}:
            return home
        other = self._other_countries(head, self.dateline_country)
        return home if other == set() else None

    def _speaker_state(self, head: "Token", toks: list["Token"]) -> str | None:
        """The state whose officer or capital says what "the army" or "the government" will
        do: "Turkish Defence Minister Hulusi Akar said the army would strike YPG positions"."""
        if [t.lower_ for t in toks if t.i != head.i] != ["the"]:
            return None
        verb = self._clause_verb(head)
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _SAYING:
            return None
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON":
            return None
        from eventwire.actors.counterpart import is_state

        speaker = self._actor_at(subj, None)
        if speaker is None or not (speaker.kind in ("country", "government") or
                                   is_state(speaker)):
            return None         # (not "the US ambassador said the government would ...")
        return speaker.country

    def _border_of(self, off: int) -> bool:
        """Whether the country mentioned at ``off`` only names a border ("units along the
        Lebanese border"): the neighbour's, which says nothing of whose the actor is."""
        span = self.doc.char_span(off, off + 1, alignment_mode="expand")
        if span is None:
            return False
        tok = span[0]
        head = tok.head if tok.dep_ in ("amod", "compound", "poss") else None
        return head is not None and head.lemma_.lower() in ("border", "frontier", "boundary")

    def _other_countries(self, head: "Token", home: str) -> set[str] | None:
        """The countries other than ``home`` that the sentence names outside the actor's own
        act: "BOGOTA - Police handed over a suspected trafficker to U.S. agents", "Insurgents
        ambushed a U.S. convoy": countries named only on the other side of the act (what it
        acts on, whom it hands to) say nothing of whose the actor is. None when the actor is
        no subject of a verb (nothing to tell the sides apart by)."""
        verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else None
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return None
        sent = head.sent
        other = [c for c in verb.children if c.dep_ in ("dobj", "dative")
                 or c.dep_ == "prep" and c.lower_ in ("to", "against", "on")]
        spans = [(self.doc[c.left_edge.i].idx, self.doc[c.right_edge.i].idx
                  + len(self.doc[c.right_edge.i])) for c in other]
        outside = set()
        for off, code, _ in self._countries:
            if sent.start_char <= off < sent.end_char and code != home \
                    and not any(a <= off < b for a, b in spans) and not self._border_of(off):
                outside.add(code)
        for start, e in self._persons.items():
            off = self.doc[start].idx
            if sent.start_char <= off < sent.end_char and e.country and \
                    e.country != home and not any(a <= off < b for a, b in spans):
                outside.add(e.country)
        return outside

    # ------------------------------------------------------------------ country references
    def country_reference(self, tokens: Iterable["Token"], head: "Token") -> str | None:
        """"the Arab country", "the country", "the Gulf state" -> the country meant: the one most
        recently mentioned as a place that fits the qualifier, else the document's main
        country when it fits, else the most recent mention that fits. None when nothing fits."""
        if head.lower_ not in _COUNTRY_NOUNS and head.lemma_.lower() not in _COUNTRY_NOUNS:
            return None
        if head.pos_ == "PROPN" or head.text[:1].isupper() and not head.is_sent_start:
            return None            # "the United States", "the Islamic State": names
        toks = list(tokens)
        if not any(t.lower_ == "the" and t.head == head for t in toks):
            return None
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                # "the island nation of Nauru", "the Gulf state of Qatar": named, not meant
                named = [self._place_country(g) for g in prep.children if g.dep_ == "pobj"]
                return next((code for code in named if code), None)
        quals = [t.lower_ for t in toks if t.head == head and t.dep_ in ("amod", "compound",
                                                                         "nmod")]
        if head.lower_ == "state" and not quals:
            return None            # "the state" alone is too often a US state or the government
        if any(self.kb.country_of_demonym(q) or self.kb.country_of_name(q) for q in quals
               if q not in _QUALIFIERS):
            return None            # "the Iraqi state" is named, not referred back to

        def fits(code: str) -> bool:
            info = self.kb.country(code)
            if head.lower_ == "kingdom" and code not in _KINGDOMS:
                return False            # "the kingdom's backing for Iraq": Saudi Arabia
            for q in quals:
                kind, val = _QUALIFIERS.get(q, (None, None))
                if kind == "arab" and code not in ARAB_STATES:
                    return False
                if kind == "gulf" and code not in GULF_STATES:
                    return False
                if kind == "continent" and (info is None or info.continent != val):
                    return False
                if kind == "latin" and (info is None or info.continent not in ("SA", "NA")
                                        or code in ("USA", "CAN")):
                    return False
            return True

        pos = head.idx
        before = [(c, p) for off, c, p in self._countries if off < pos]
        for code, place in reversed(before):
            if place and fits(code):
                return code
        if self.main_country and fits(self.main_country):
            return self.main_country
        for code, _ in reversed(before):
            if fits(code):
                return code
        return None

    # ------------------------------------------------------------------ argument phrases
    def actor_for(self, span: "Span") -> Actor | None:
        """The actor an argument phrase names, or None. See the module docstring."""
        if span is None or len(span) == 0:
            return None
        if not self.doc.has_annotation("DEP"):
            return self._actor_unparsed(span)
        head = span.root
        if head.is_punct or head.is_space:
            return None
        if head.lower_ in ("party", "parties") and head.dep_ in ("compound", "amod", "nmod") \
                and any(c.like_num for c in head.lefts):
            return None             # "the six-party talks": how many take part, no party
        if head.i < self._dateline_end:
            # "ISLAMABAD, March 13 (Reuters) - Pakistan expelled ...": the parser made the
            # dateline a second subject; the actor is the one after the dash, if any
            after = next((c for c in head.head.children if c.dep_ == head.dep_
                          and c.i > self._dateline_end), None)
            if after is None:
                # "YANGON, Myanmar (AP) - Myanmar's military government freed ...": the
                # phrase after the dash hung on the dateline itself
                after = next((t for t in head.subtree if t.i > self._dateline_end
                              and t.head.i <= self._dateline_end
                              and t.pos_ in ("NOUN", "PROPN")), None)
            if after is None:
                return None
            head = after
        prefix_start = None
        # "Members of the coalition": the actor is the coalition.
        if head.lower_ in _PARTITIVES or head.lemma_.lower() in _PARTITIVES:
            pobj = self._of_object(head)
            if pobj is not None:
                prefix_start = self._np_start(head)
                head = pobj
        elif (named := self._split_name(head)) is not None:
            # "The rebel Free Syrian Army threatened ...": the tagger made "rebel" and "Army"
            # two subjects; the actor is the named one, described by the word before it
            prefix_start = self._np_start(head)
            head = named
        elif head.lower_ in _SENT_BY:
            # "a delegation from the European Union": the Union's people, not the country
            # they are visiting
            pobj = self._of_object(head, ("from",))
            if pobj is not None and self._actor_at(pobj, None) is not None:
                prefix_start = self._np_start(head)
                head = pobj
        return self._actor_at(head, prefix_start)

    def _split_name(self, head: "Token") -> "Token | None":
        """The root of a name the parser split from the descriptor noun before it ("the
        rebel | Free Syrian Army", "the opposition | Awami League"): the name starts right
        after the head and its root hangs from the head's own head with the same relation."""
        if head.pos_ != "NOUN" or head.i + 1 >= len(self.doc):
            return None
        ent = self._ent_at.get(head.i + 1)
        if ent is None or ent.start != head.i + 1 or ent.label_ not in ("ORG", "NORP",
                                                                         "PERSON"):
            return None
        root = ent.root
        if root.head.i != head.head.i or root.dep_ != head.dep_ or root.i == head.i:
            return None
        return root

    def place_actor(self, tok: "Token") -> Actor | None:
        """The country a place phrase stands in, as an actor of kind "place" ("deployed troops
        in the occupied West Bank": the West Bank's people and state are the ones concerned);
        None when the phrase names no place the gazetteer knows."""
        if tok is None or not self.doc.has_annotation("DEP"):
            return None
        country = self._place_country(tok)
        if country is None and (tok.lower_ in _PROPERTY or tok.lemma_.lower() in _PROPERTY
                                or tok.lower_ in _AREA_NOUNS or tok.lower_ in _PARTITIVES
                                or tok.lower_ in ("parts", "areas")):
            country = self._nested_place(tok, 1)     # "parts of Kashmir", "bases in Iraq"
        if country is None:
            return None
        start, end = self._trim(self._np_tokens(tok))
        return self._make(start, end, self._words(start, end, _DETERMINERS), country, None,
                          "place")

    def _actor_unparsed(self, span: "Span") -> Actor | None:
        """Without a parse (a fast, entities-only pass): the last name in the phrase."""
        for i in range(span.end - 1, span.start - 1, -1):
            m = self._match_at.get(i)
            if m is not None and not (m.demonym and i + 1 < span.end):
                e, s = m.entry, self.doc[m.start:m.end]
                return Actor(s.text, e.name, e.country, e.sector, (s.start_char, s.end_char),
                             e.kind)
            ent = self._ent_at.get(i)
            if ent is not None and ent.label_ in ("PERSON", "ORG"):
                e = self._persons.get(ent.start) or self._entry_for_head(ent[-1])
                if e is not None:
                    return Actor(ent.text, e.name, e.country, e.sector,
                                 (ent.start_char, ent.end_char), e.kind)
        return None

    def _of_object(self, tok: "Token", preps: tuple[str, ...] = ("of",)) -> "Token | None":
        for c in tok.rights:
            if c.dep_ == "prep" and c.lower_ in preps:
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
        return None

    def _np_tokens(self, head: "Token") -> list["Token"]:
        """The head and its left modifiers: the words that name it, without clauses."""
        out = [head]
        for c in head.lefts:
            if c.dep_ in ("det", "amod", "compound", "nmod", "poss", "nummod", "quantmod",
                          "punct", "case", "npadvmod", "advmod", "predet", "nn", "prep",
                          "pobj", "cc", "conj"):
                if c.pos_ in ("VERB", "AUX") and any(
                        g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in c.children):
                    # a misparsed clause hung on the noun ("the airport was evacuated and
                    # local police ..."): its words name nothing; the noun's own adjectives
                    # after it still do
                    out.extend(t for t in c.subtree if t.i > max(
                        g.i for g in c.subtree if g.dep_ in ("cc", "punct") or g.i == c.i)
                        and t.dep_ not in ("cc", "punct"))
                    continue
                out.extend(c.subtree)
        # right-attached parts of a flat name ("Hashd al-Sha'abi" parsed as appos/compound)
        m = self._match_at.get(head.i)
        if m is not None:
            out.extend(self.doc[i] for i in range(m.start, m.end))
        seen: dict[int, "Token"] = {t.i: t for t in out}
        toks = [seen[i] for i in sorted(seen)]
        if toks[0].i <= self._dateline_end < head.i:
            # "KHARTOUM - Sudan's army": a dateline the parser hung on the first phrase
            return [t for t in toks if t.i > self._dateline_end]
        return toks

    def _np_start(self, head: "Token") -> int:
        return min(t.i for t in self._np_tokens(head))

    def _trim(self, toks: list["Token"]) -> tuple[int, int]:
        """Token range of the words to show: determiners, possessive pronouns and punctuation
        at the edges dropped."""
        start, end = toks[0].i, toks[-1].i + 1
        doc = self.doc
        while start < end - 1 and (doc[start].lower_ in _DETERMINERS or doc[start].is_punct
                                   or doc[start].is_space):
            start += 1
        while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if end - 2 > start and doc[end - 2].text == "(":
            end -= 2               # "the Bolivian Workers' Central (COB": the name alone
            while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
        for i in range(end - 2, start - 1, -1):
            if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
                start = i + 1      # never reach back over a paragraph break (a headline)
                break
        return start, end

    def _make(self, start: int, end: int, name: str, country: str | None, sector: str | None,
              kind: str | None) -> Actor:
        span = self.doc[start:end]
        return Actor(text=span.text, name=name, country=country, sector=sector,
                     span=(span.start_char, span.end_char), kind=kind)

    def _actor_at(self, head: "Token", prefix_start: int | None) -> Actor | None:
        doc, kb = self.doc, self.kb
        toks = self._np_tokens(head)
        core_start, end = self._trim(toks)
        start = core_start
        if prefix_start is not None:
            start, end = self._trim(list(doc[min(start, prefix_start):end]))

        # 1. a name covering the head: KB alias, acronym, "known as", surname, person entity
        entry = self._entry_for_head(head)
        if entry is not None and (self._foreign_namesake(entry, toks, head) or
                                  head.lower_ in _SHARED_NAMES and head.text.islower()):
            entry = None        # (and "dissident republicans" in Omagh: no party's name)
        if entry is not None and not (entry.kind == "country" and self._is_demonym_tok(head)
                                      and head.dep_ in ("amod", "compound")):
            country, sector = entry.country, entry.sector
            if entry.kind in ("person",):
                # the words around the name say what the person is now ("Palestinian Prime
                # Minister Ismail Haniyeh"); the table only what they usually are
                c2, s2 = self._context_of(head)
                office = self._office_country(head) if s2 in _STATE_SECTORS else None
                if office:
                    country = office    # "Soviet Foreign Minister Eduard Shevardnadze": the
                                        # state the office is of, not the person's later one
                country, sector = country or c2, s2 or sector
                if s2 in ("IGO", "NGO") and c2 is None:
                    country = None      # "European Council President Donald Tusk" acts
                                        # for the EU, whatever his nationality
                if country is None:
                    country = self._default_country(sector, toks)
                if country is None and sector == "JUD" and not _says_abroad(toks):
                    country = self._clause_country(head)    # "In Buenos Aires, Judge X
                                                            # charged ...": judges sit at home
                if country is None and sector in ("OPP", "REB") and \
                        not any(t.lower_ in _NOT_HOME_PEOPLE for t in toks):
                    # "opposition leader Kwame Badu called for a strike in Ghana": the
                    # opposition and rebels of the one country the sentence places
                    country = self._sentence_country(head)
            elif entry.kind in ("institution", "org") and country is None:
                # "the US National Security Council": the table knows no country, the text does
                country = self._modifier_country(toks, head)[0]
            if entry.kind == "country" and self._is_demonym_tok(head):
                # "thousands of Iraqis": the people of a country
                people = head.tag_ in ("NNS", "NNPS") or head.lower_.endswith("s")
                home = self._people_home(head, entry.country)
                if home is not False:
                    # "Iraqi Kurds", "ethnic Turks in Bulgaria": people of one origin living
                    # in another country, or of no stated country at all
                    return self._make(start, end, self._words(start, end, _DETERMINERS),
                                      home, "CVL" if people else None, "group")
                return self._make(start, end, entry.name, entry.country,
                                  "CVL" if people else None, "country")
            ent = self._ent_at.get(head.i)
            if entry.kind == "org" and ent is not None and ent.label_ == "ORG" and \
                    ent.start <= start < end < ent.end and ent.end - end <= 6:
                end = ent.end       # "the Kenya Conference of Catholic Bishops": all its name
            return self._make(start, end, entry.name, country, sector, entry.kind)

        # 2. "the Iranian foreign ministry spokesman Saeed Khatibzadeh": the person named
        for c in head.rights:
            if c.dep_ == "appos":
                e = self._entry_for_head(c)
                if e is not None and e.kind == "person":
                    country, sector = self._context_of(c)
                    _, e_end = self._trim(list(c.subtree))
                    country, sector = e.country or country, e.sector or sector
                    if country is None:
                        country = self._default_country(sector, toks)
                    return self._make(start, max(end, e_end), e.name, country, sector, "person")
                if e is not None and e.kind in ("group", "org") and e.country and \
                        head.tag_ == "NN" and head.is_lower and head.lower_ in _GROUP_NOUNS:
                    # "the group al-Nusra Front", "the militia Kataib Hezbollah": the one named
                    m = self._match_at.get(c.i)
                    ent = self._ent_at.get(c.i)
                    e_end = m.end if m is not None else ent.end if ent is not None else c.i + 1
                    return self._make(start, max(end, e_end), e.name, e.country,
                                      e.sector or self._role_sector(toks, head), e.kind)
                ent = self._ent_at.get(c.i)
                if e is None and head.lower_ in _GROUP_NOUNS and ent is not None and \
                        ent.label_ == "ORG" and c.pos_ == "PROPN":
                    # "a local rights group, the Georgian Democracy Initiative": the name
                    named = self._actor_one_hop(c)
                    if named is not None:
                        return replace(named, sector=named.sector or
                                       self._role_sector(toks, head))

        # 3. "the group", "he": a reference back to one recent group or person
        back = self._refer_back(head, toks)
        if back is not None:
            e, at = back
            named = self._antecedent_span(head, at)
            if named is not None:
                # "Netanyahu says he will ...": the name in the sentence, not the pronoun
                return self._make(named[0], named[1], e.name, e.country, e.sector, e.kind)
            return self._make(start, end, e.name, e.country, e.sector, e.kind)
        if head.lower_ in ("it", "they", "its", "their") and head.pos_ == "PRON":
            # "Iraq's government announced that it is prepared ...": the subject of the
            # clause that reports this one
            antecedent = self._clause_subject(head)
            if antecedent is not None:
                if head.dep_ in _NAMING_DEPS:
                    return antecedent     # its words are the sentence's name for the actor
                return self._make(start, end, antecedent.name, antecedent.country,
                                  antecedent.sector, antecedent.kind)

        # 4. a common noun: role words for the sector, modifiers for the country
        lower = head.lower_
        country, country_tok = self._modifier_country(toks, head)
        if country is None:
            ref = self.country_reference(toks, head)
            if ref is not None:
                info = kb.country(ref)
                return self._make(start, end, info.name if info else ref, ref, None, "country")
        if lower in _RELATIONAL or head.lemma_.lower() in _RELATIONAL:
            for c in head.rights:
                if c.dep_ == "appos" and c.pos_ == "PROPN":
                    # "its closest ally, the UK", "its neighbour Somalia": the one named
                    named = self._actor_at(c, None)
                    if named is not None and named.kind in _NAMED_KINDS:
                        return named
            if country_tok is not None:
                return self._make(start, end, self._words(start, end), None, None, "group")
            if lower in _OPPONENTS or head.lemma_.lower() in _OPPONENTS:
                pobj = self._of_object(head)
                inner = self._actor_at(pobj, None) if pobj is not None else None
                if inner is not None and inner.country and inner.sector == "GOV":
                    # "opponents of the Maldives government": that country's opposition
                    _, e_end = self._trim(list(pobj.subtree))
                    return self._make(start, max(end, e_end), f"{self._words(start, end)} of "
                                      f"{inner.name}", inner.country, "OPP", "group")
                return None
            pobj = self._of_object(head) if lower in _FOLLOWERS else None
            inner = self._actor_at(pobj, None) if pobj is not None else None
            if inner is not None and inner.country and (
                    inner.kind in ("person", "group", "org") or inner.kind == "role" and
                    inner.sector in ("PTY", "OPP", "REB", "GOV")):
                # "supporters of former President Ahmed Ben Bella": his country's people;
                # "supporters of the ruling party" (placed by its sentence): that country's
                _, e_end = self._trim(list(pobj.subtree))
                return self._make(start, max(end, e_end), f"{self._words(start, end)} of "
                                  f"{inner.name}", inner.country, None, "group")
            if pobj is not None and head.dep_ in ("nsubj", "nsubjpass"):
                # "supporters of the former president stormed Congress": the doers, placed
                # by nothing the phrase says
                _, e_end = self._trim(list(pobj.subtree))
                return self._make(start, max(end, e_end), self._words(start, max(end, e_end)),
                                  None, None, "group")
            return None
        sector = self._role_sector(toks, head)
        if sector is not None and head.pos_ == "PROPN" and head.ent_type_ in ("GPE", "LOC") \
                and self._ent_at.get(head.i) is not None:
            sector = None          # "the West Bank" is a place, not a bank
        org_tok, org_entry = self._modifier_org(toks, head)
        named = self._named_org(toks, head, country, country_tok, start, end)
        if named is not None:
            return named
        if sector is None and head.lower_ not in _GENERIC_HEADS:
            # "a US airstrike", "Hamas positions": not a role, so the actor is the modifier
            if head.ent_type_ in ("FAC", "LOC"):
                return None
            for tok, e in ((org_tok, org_entry), (country_tok, None)):
                if tok is None:
                    continue
                m = self._match_at.get(tok.i)
                s, t = (m.start, m.end) if m is not None else self._trim(list(tok.subtree))
                if e is None:
                    info = kb.country(country)
                    # "US Predator attacks", "Israeli tank fire": the weapon says the sector
                    arm = next((kb.sector_for_role(x.text) for x in toks if x.i != head.i
                                and x.dep_ == "compound" and x.i >= t
                                and kb.sector_for_role(x.text) in ("MIL", "REB")), None)
                    return self._make(s, t, info.name if info else country, country, arm,
                                      "country")
                return self._make(s, t, e.name, e.country, e.sector, e.kind)
            for c in head.children if head.lemma_.lower() in _MEANS_OF_HARM or \
                    head.lower_ in _MEANS_OF_HARM else ():
                if c.dep_ == "acl" and c.tag_ == "VBN":
                    for ag in c.children:       # "the missiles fired by the Israeli military"
                        if ag.dep_ == "agent":
                            by = next((g for g in ag.children if g.dep_ == "pobj"), None)
                            actor = self._actor_at(by, None) if by is not None else None
                            if actor is not None:
                                return actor
            if head.lemma_.lower() in _WEAPONS or head.lower_ in _WEAPONS:
                # "a car bomb killed ...": an attacker nobody named, of the place it struck
                # (the convention of CAMEO coders: the country where it happened)
                where = self._pp_country(head) or self._nested_place(head, 2) or \
                    self._clause_country(head, _STRIKE_PREPS)
                if where is not None:
                    return self._make(start, end, "unidentified attackers", where, None,
                                      "unidentified")
            for c in head.children:
                if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") and c.i != head.i:
                    # "President Assad's failure": the possessor is the actor
                    return self._actor_at(c, None)
            return self._owner_of_thing(head)
        if org_entry is not None:
            country = country or org_entry.country
            if sector is None or head.lower_ in _GENERIC_HEADS and org_entry.sector != "CVL":
                # "Hezbollah fighters" are Hezbollah's; "Bosnian Croat forces" stay forces
                sector = org_entry.sector or sector
        inner = None
        if head.lower_ in _ROLE_OF or head.lemma_.lower() in _ROLE_OF:
            pobj = self._of_object(head, ("of", "for"))
            if pobj is not None:
                inner = self._actor_at(pobj, None)
                if inner is not None:
                    country = country or inner.country
                    if sector is None or head.lower_ in _GENERIC_HEADS:
                        sector = inner.sector or sector
                if inner is None or inner.country is None:
                    # "deputy governor of the Tyumen region": the place's country
                    country = country or self._place_country(pobj)
        if country is None and sector is None:
            return None
        if inner is not None and country_tok is None and org_tok is None:
            if inner.kind in ("person", "country", "government"):
                # "mayor of London", "President of Ukraine": the words say it best
                name = f"{self._words(core_start, end, _DESCRIPTIVE | _DETERMINERS)} of " \
                       f"{inner.text}"
            else:
                # "the deputy head of the PMU" -> "Popular Mobilization Units deputy head"
                name = f"{inner.name} {self._words(core_start, end, _DESCRIPTIVE | _DETERMINERS)}"
        else:
            name = self._role_name(head, country, country_tok, org_tok, core_start, end)
        kind = "group" if head.lemma_.lower() in ("coalition", "alliance") else "role"
        if country is None and org_entry is None and inner is None:
            country = self._place_modifier(toks, head) or self._pp_country(head) or \
                self._place_run_country(toks, head) or self._place_back(toks, head) or \
                self._loyal_country(head)
        if country is None and org_entry is None and inner is None:
            owner = self._owner(head)
            if owner is not None and owner.country is None:
                # "the Islamic State said its fighters ...": the group's own fighters
                words = self._words(core_start, end, _DETERMINERS | {"its", "their"})
                return self._make(start, end, f"{owner.name} {words}", None,
                                  sector or owner.sector, owner.kind)
            if owner is not None:
                # "Bosnian Serbs said their forces had withdrawn": the subject's forces
                country = owner.country
        if country is None and org_entry is None and inner is None:
            earlier = self._same_head_before(head, toks)
            if earlier is not None:
                # "Congo's foreign ministry condemned ... The ministry accused Rwanda ...":
                # the one recently named with this head
                return self._make(start, end, earlier.name, earlier.country,
                                  earlier.sector or sector, earlier.kind)
        if country is None and org_entry is None and inner is None:
            country = self._default_country(sector, toks) or self._dateline_home(sector, toks,
                                                                                 head)
        if country is None and org_entry is None and inner is None:
            country = self._home_people(sector, toks, head)
        if country is None and org_entry is None and inner is None and \
                sector in _LOCAL_SECTORS and not _says_abroad(toks):
            country = self._clause_country(head)
        if country is None and org_entry is None and inner is None and \
                sector in _HOME_SECTORS and (head.lower_ in _HOME_BODIES or
                                             head.lemma_.lower() in _HOME_BODIES) and \
                not _says_abroad(toks):
            # "the authorities imposed a curfew in Cizre": police, courts and governments
            # act at home, so the one place their clause names is theirs
            country = self._clause_country(head)
        if country is None and org_entry is None and inner is None and \
                sector in _STATE_SECTORS and (head.lower_ in _HOME_BODIES or
                                              head.lower_ in ("army", "military")):
            country = self._speaker_state(head, toks)
        if country is None and org_entry is None and inner is None and \
                sector not in ("NGO", "IGO") and self._domestic(head, toks):
            # "rebels freed prisoners from a jail ... south of the capital Juba": a domestic
            # actor of a sentence that names one country only, and names it as a place
            country = self._sentence_country(head)
        known = kb.lookup(name, fuzzy=False) if country else None
        if known is not None and known.country == country and known.kind != "country":
            # "Iraq's parliament" is the table's "Iraqi parliament": one name for both
            return self._make(start, end, known.name, country, known.sector or sector, known.kind)
        return self._make(start, end, name, country, sector, kind)

    # ------------------------------------------------------------------ places of actors
    def _place_country(self, tok: "Token", orgs: bool = False) -> str | None:
        """The country a place phrase (or, with ``orgs``, an organisation) stands in:
        "Zimbabwe", "central Baghdad", "the Syrian Golan Heights", "the Fatah Party"."""
        from eventwire.where import resolve_place

        m = self._match_at.get(tok.i)
        if m is not None:
            if m.entry.kind == "government" and not m.demonym:
                named = self._named_countries(tok)      # "gunmen in Tripoli" beside a
                if named and m.entry.country not in named:  # "Lebanese" patrol: Lebanon's
                    other = resolve_place(self.doc[m.start:m.end].text, named)
                    if other is not None and other.country in named:
                        return other.country
            if m.entry.kind in ("country", "government") and not m.demonym:
                return m.entry.country
            if orgs and m.entry.kind not in ("person", "country", "government"):
                return m.entry.country
        if orgs:
            for c in tok.lefts:    # "the Fatah movement": the named organisation's country
                mc = self._match_at.get(c.i)
                if c.dep_ == "compound" and mc is not None and mc.entry.kind not in (
                        "person", "country", "government") and mc.entry.country:
                    return mc.entry.country
        ent = self._ent_at.get(tok.i)
        if ent is not None and ent.label_ in ("GPE", "LOC", "FAC") or tok.pos_ == "PROPN" and (
                ent is None or ent.label_ not in ("PERSON", "ORG", "NORP") or len(ent) == 1
                and not self._is_demonym_tok(tok)):
            # the model calls some towns NORP ("near the town of Samarra")
            first = tok.i       # "of Port Elizabeth" untagged, "Niger Delta" tagged "Delta":
            while first > 0 and self.doc[first - 1].dep_ == "compound" and \
                    self.doc[first - 1].head.i == tok.i and self.doc[first - 1].pos_ == "PROPN":
                first -= 1      # the whole name, not "Elizabeth" or "Delta" alone
            place = None
            named = self._named_countries(tok)     # "Hyderabad, Pakistan"
            if ent is None or first < ent.start:
                place = resolve_place(self.doc[first:tok.i + 1].text, named)
            if place is None:
                place = resolve_place(re.sub(r"['’]s?$", "", ent.text) if ent is not None
                                      else tok.text, named)      # "Port Elizabeth's"
            if place is not None and place.country:
                return place.country
        for c in tok.lefts:       # "the Syrian Golan Heights", "the Iraqi city of Basra"
            if c.dep_ in ("amod", "compound") and self._is_demonym_tok(c) and (
                    tok.pos_ == "PROPN" or tok.lower_ in _AREA_NOUNS):
                # not "the local Chinese community" in Paris: a people, not a place
                return self.kb.country_of_demonym(c.text)
            if c.dep_ == "compound" and c.pos_ == "PROPN" and (
                    tok.lower_ in _AREA_NOUNS or tok.lower_ in _SITE_NOUNS) and \
                    c.ent_type_ not in ("PERSON", "ORG", "NORP"):
                # "the Tyumen region", "Anbar province", "Beijing airport"
                place = resolve_place(c.text)
                if place is not None and place.country:
                    return place.country
        for c in tok.children:
            if c.dep_ == "poss" and c.pos_ == "PROPN" and (
                    tok.pos_ == "PROPN" or tok.lower_ in _COMPASS_WORDS
                    or tok.lower_ in _AREA_NOUNS or tok.lower_ in _SITE_NOUNS):
                # "Ivory Coast's north", "Cairo's Tahrir Square": the owner's place
                owner = self._place_country(c)
                if owner:
                    return owner
        if tok.lower_ in ("city", "town", "village", "province", "region", "capital", "port",
                          "harbour", "harbor"):
            for c in tok.rights:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for g in c.children:
                        if g.dep_ == "pobj":
                            return self._place_country(g)
            for c in tok.rights:
                if c.dep_ == "appos":
                    return self._place_country(c)
        return None

    def _role_pair(self, i: int, j: int) -> str | None:
        """The two-word role at tokens i and j ("secretary general", "attorney general"),
        across a hyphen the tokenizer split off ("Secretary-General"), or None."""
        doc = self.doc
        if i < 0 or j >= len(doc):
            return None
        if doc[i].text == "-" and i > 0:
            i -= 1
            phrase = f"{doc[i].lower_}-{doc[j].lower_}"
        elif doc[j].text == "-" and j + 1 < len(doc):
            phrase = f"{doc[i].lower_}-{doc[j + 1].lower_}"
        else:
            phrase = f"{doc[i].lower_} {doc[j].lower_}"
        return phrase if self.kb.sector_for_role(phrase) else None

    def _same_head_before(self, head: "Token", toks: list["Token"]) -> Actor | None:
        """"the ministry", "the rebels": a bare definite role noun is the latest actor with
        the same head noun named before it in the text, when every such actor there has
        a country and it is one and the same. Not for anything the phrase itself qualifies
        ("the Kenyan police", "the ministry of defence")."""
        if self._hops >= 2 or head.pos_ != "NOUN" or \
                head.lemma_.lower() not in _ANAPHORIC_HEADS:
            return None
        if not any(t.lower_ == "the" and t.head == head for t in toks) or \
                any(c.dep_ != "det" for c in head.lefts) or \
                any(c.dep_ in ("prep", "appos", "acl", "relcl") for c in head.rights):
            return None
        doc = self.doc
        lemma = head.lemma_.lower()
        found: list[Actor] = []
        for t in doc[max(0, head.i - _REFER_BACK_TOKENS):head.i]:
            if t.pos_ not in ("NOUN", "PROPN") or t.lemma_.lower() != lemma:
                continue
            actor = self._actor_one_hop(t)
            if actor is not None and actor.country is not None:
                found.append(actor)
        return found[-1] if found and len({a.country for a in found}) == 1 else None

    def _actor_one_hop(self, tok: "Token") -> Actor | None:
        """The actor at ``tok``, one look-through deeper (``_hops`` bounds the chains)."""
        self._hops += 1
        try:
            return self._actor_at(tok, None)
        finally:
            self._hops -= 1

    def _owner_of_thing(self, head: "Token") -> Actor | None:
        """"an offer from Afghanistan", "the computers of South Korean army officers", "an
        admission by Moscow": a thing that is no actor stands for the one it belongs to.
        Two steps at most, so that long chains of "of" never wander off."""
        if self._hops >= 2 or head.pos_ not in ("NOUN",) or _is_event_noun(head):
            return None
        for c in head.rights:
            if c.dep_ not in ("prep", "agent") or c.lower_ not in ("of", "by", "from", "for"):
                continue
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                actor = self._actor_one_hop(g)
                if actor is not None:
                    return actor
        for c in head.children if self._hops == 0 else ():
            if c.dep_ == "acl" and c.tag_ == "VBN":
                for ag in c.children:           # "crimes committed by Croat forces"
                    by = next((g for g in ag.children if g.dep_ == "pobj"), None) \
                        if ag.dep_ == "agent" else None
                    if by is None:
                        continue
                    actor = self._actor_one_hop(by)
                    if actor is not None:
                        return actor
        if head.lemma_.lower() in _PROPERTY or head.lower_ in _PROPERTY:
            # "targets in Jericho", "roads in the capital city of Algiers", "power lines
            # leading into Kabul": property nobody owns in the text is the place's
            where = self._pp_country(head) or self._nested_place(head, 1)
            if where is None:
                for c in head.children:
                    if c.dep_ == "acl":
                        for p in c.children:
                            if p.dep_ == "prep" and p.lower_ in _PROPERTY_PREPS:
                                for g in self._prep_objects(p):
                                    where = where or self._place_country(g)
            where = where or self._clause_country(head)      # "shelled a market in Aleppo"
            if where is not None:
                start, end = self._trim(list(head.subtree))
                end = min(end, head.i + 1)
                return self._make(start, end, self._words(start, end, _DETERMINERS), where,
                                  None, "property")
        return None

    def _clause_subject(self, pron: "Token") -> Actor | None:
        """The actor an "it"/"they" stands for: the subject of the nearest clause above the
        pronoun's own one ("X said it would ...", "X, which said they ..."), when that
        subject is a known actor of the right number and comes before the pronoun."""
        verb = pron.head
        own = verb
        for _ in range(8):
            if verb.head is verb:
                return None
            verb = verb.head
            if verb.pos_ not in ("VERB", "AUX") or verb.i == own.i:
                continue
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                         and c.i < pron.i and c.lower_ not in _PRONOUNS), None)
            if subj is None:
                continue
            actor = self._actor_at(subj, None)
            if actor is None or actor.country is None and actor.sector is None:
                return None
            plural = subj.tag_ in ("NNS", "NNPS")
            if pron.lower_ in ("it", "its") and plural or actor.kind == "person":
                return None
            return actor
        return None

    def _owner(self, head: "Token") -> Actor | None:
        """The antecedent of a possessive pronoun on the head ("their forces", "its army"):
        the subject of the clause that holds it, when that subject is a known actor."""
        pron = next((c for c in head.children if c.dep_ == "poss"
                     and c.lower_ in ("its", "their", "his", "her")), None)
        if pron is None:
            return None
        verb = head
        seen = 0
        while verb.head is not verb and seen < 8:
            verb = verb.head
            seen += 1
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                         and c.i < pron.i and c.i != head.i and c.lower_ not in
                         ("it", "they", "he", "she", "who", "which", "that")), None)
            if subj is not None and verb.lemma_.lower() in _HARMING and \
                    subj.dep_ == "nsubj" and not head.is_ancestor(subj) and \
                    verb.is_ancestor(head) and not subj.is_ancestor(head):
                continue    # "X said Indian shelling killed two of its soldiers": the ones
                            # harmed are not the harmer's own; "its" is the sayer's
            if subj is not None:
                actor = self._actor_at(subj, None)
                if actor is not None and actor.country is None and pron.lower_ in (
                        "its", "their") and actor.kind in ("group", "org") and actor.sector:
                    return actor       # "the group said its fighters ...": a group of no country
                if actor is not None and actor.country:
                    want = ("person",) if pron.lower_ in ("his", "her") else None
                    if want is None or actor.kind in want or actor.kind == "role" and \
                            subj.tag_ in ("NN", "NNP") and actor.sector in _STATE_SECTORS:
                        # "the Ethiopian prime minister said his government ...": one
                        # office holder, a person too
                        return actor
                return None
        return None

    def _place_modifier(self, toks: list["Token"], head: "Token") -> str | None:
        """"the Istanbul court", "Kabul police", "the Dubai ruler": a city naming the role
        holder's seat, so its country is theirs."""
        from eventwire.where import resolve_place

        for t in toks:
            if t.i == head.i or t.dep_ != "compound" or t.pos_ != "PROPN" or \
                    t.head.i != head.i and t.head.dep_ != "compound":
                continue
            ent = self._ent_at.get(t.i)
            if ent is None or ent.label_ not in ("GPE", "LOC") or head.i in range(ent.start,
                                                                                ent.end):
                continue
            place = self._ent_place(ent)
            if place is not None and place.country:
                return place.country
        return None

    def _ent_place(self, ent: "Span") -> "Place | None":
        """The place a place entity names, with the capitalised words the tagger left out
        before it ("Niger" before "Delta": the Niger Delta, not Delta in Canada)."""
        from eventwire.where import resolve_place

        doc, first = self.doc, ent.start
        while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].pos_ == "PROPN" \
                and ent.start <= doc[first - 1].head.i < ent.end + 1:
            first -= 1
        named = self._named_countries(ent.root)     # "Tripoli in northern Lebanon"
        if first < ent.start:
            place = resolve_place(doc[first:ent.end].text, named)
            if place is not None:
                return place
        return resolve_place(ent.text, named)

    def _named_countries(self, tok: "Token") -> frozenset[str]:
        """The countries a token's sentence names by name or people's adjective (not by a
        city), which choose between cities of one name."""
        try:
            sent = tok.sent
        except ValueError:
            return frozenset()
        named = self._named_by_sentence.get(sent.start)
        if named is None:
            kb, texts = self.kb, self._texts
            named = frozenset(code for i in range(sent.start, sent.end) if texts[i][:1].isupper()
                              for code in (kb.country_of_demonym(texts[i]) or
                                           kb.country_of_name(texts[i]),) if code)
            self._named_by_sentence[sent.start] = named
        return named

    def _place_name_country(self, start: int, end: int) -> str | None:
        """The country of a place named by tokens start..end: one the tagger labelled a place,
        or one the gazetteer knows as a country, state, region, capital or city of 300,000 or
        more ("Johor", "Dubai"), so that towns named like people or words ("Obama", "Clinton",
        "Orange") never count. None when unknown or when the name is in several countries."""
        from eventwire.where import gazetteer

        doc = self.doc
        hit = gazetteer().lookup(doc[start:end].text)
        if hit is None or not hit[0].country:
            return None
        entry = hit[0]
        labels = {doc[i].ent_type_ for i in range(start, end)}
        if labels <= {"GPE", "LOC", "FAC"} or entry.kind in _ADMIN_KINDS or \
                entry.pop >= 300_000:
            return entry.country
        return None

    def _as_title(self, t: "Token") -> bool:
        """A title word before a name ("President", "Foreign Minister")."""
        return t.dep_ == "compound" and t.text[:1].isupper() and \
            t.lower_ in _PERSON_OFFICES | {"minister", "premier", "president"}

    def _loyal_country(self, head: "Token") -> str | None:
        """"forces loyal to President Assad", "militias allied to the government": the
        country of the side they are loyal to."""
        for c in head.rights:
            if c.dep_ not in ("amod", "acl") or c.lemma_.lower() not in _LOYAL_WORDS:
                continue
            for p in c.children:
                if p.dep_ != "prep" or p.lower_ not in ("to", "with"):
                    continue
                for g in p.children:
                    if g.dep_ != "pobj":
                        continue
                    self._hops += 1
                    try:
                        side = self._actor_at(g, None) if self._hops <= 2 else None
                    finally:
                        self._hops -= 1
                    if side is not None and side.country:
                        return side.country
        return None

    def _run_word(self, t: "Token") -> bool:
        """A word that may be part of a place's name before a role ("West Bengal")."""
        if not (t.is_alpha and t.text[:1].isupper()) or t.i in self._match_at:
            return False
        if t.ent_type_ in ("GPE", "LOC", "FAC"):
            return True            # "New York": every word of a named place
        return t.ent_type_ not in ("PERSON", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL") and \
            t.lower_ not in _DETERMINERS and t.lower_ not in _ROLE_ADJECTIVES and \
            t.lower_ not in _DESCRIPTIVE and not self._is_demonym_tok(t) and \
            not self.kb.sector_for_role(t.text) and t.lower_ not in _AREA_NOUNS

    def _place_run_country(self, toks: Iterable["Token"], head: "Token",
                           before: int | None = None, office: bool = False) -> str | None:
        """"the West Bengal government", "New York Governor X", "Johor's government": a
        capitalised name before the head (or before token ``before``) that is no known actor,
        person or demonym and that the gazetteer places in one country. All such names must
        agree; None otherwise. With ``office``, only a name right before an office's word
        counts ("New York Governor"), never one that may be part of a person's name."""
        limit = head.i if before is None else before
        found: set[str] = set()
        run: list[int] = []
        doc = self.doc

        def flush() -> None:
            if run and office and not (run[-1] + 1 < len(doc) and
                                       self.kb.sector_for_role(doc[run[-1] + 1].text)):
                run.clear()
            if run:
                code = self._place_name_country(run[0], run[-1] + 1)
                if code:
                    found.add(code)
                run.clear()

        for t in sorted(toks, key=lambda x: x.i):
            if t.i >= limit or t.i == head.i:
                break
            if self._run_word(t):
                if run and run[-1] != t.i - 1:
                    flush()
                run.append(t.i)
            else:
                flush()
        flush()
        return found.pop() if len(found) == 1 else None

    def _place_back(self, toks: list["Token"], head: "Token") -> str | None:
        """"the city's police", "the province's governor": the country of the place last named
        before it in the document, else of the one place its sentence names after it."""
        for t in toks:
            if t.i == head.i or t.dep_ != "poss" or t.lower_ not in _PLACE_BACK_NOUNS or \
                    not any(c.lower_ == "the" for c in t.children):
                continue
            before = [c for off, c, _ in self._places if off < t.idx]
            if before:
                return before[-1]
            try:
                sent = t.sent
            except ValueError:
                return None
            after = {c for off, c, _ in self._places if t.idx < off < sent.end_char}
            return after.pop() if len(after) == 1 else None
        return None

    def _destination(self, offset: int) -> bool:
        """Whether the place at a character offset is where something goes or is for ("aid
        to victims in Pakistan", "rockets fired into Israel"), not where its actors are."""
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        tok = span[0] if span is not None and len(span) else None
        steps = 0
        while tok is not None and tok.head is not tok and steps < 12:
            tok = tok.head
            steps += 1
            if tok.dep_ == "prep" and tok.lower_ in ("to", "into", "toward", "towards", "onto"):
                return True
            if tok.dep_ == "dative" or tok.lemma_.lower() in _AID_NOUNS:
                return True        # "assistance in northern Iraq"; not "a strike in Ghana"
        return False

    def _domestic(self, head: "Token", toks: list["Token"]) -> bool:
        """Whether the head names an actor that belongs where it acts (police, the army,
        rebels, protesters; "security forces"), with no word saying it is foreign."""
        if any(t.lower_ in _NOT_DOMESTIC and t.lower_ not in ("rebel", "rebels")
               for t in toks if t.i != head.i):
            return False
        lower, lemma = head.lower_, head.lemma_.lower()
        if lower in _DOMESTIC_HEADS or lemma in _DOMESTIC_HEADS:
            return True
        if head.i > 0 and self.kb.sector_for_role(f"{self.doc[head.i - 1].lower_} {lower}") \
                == "REB":
            return True            # armed men the role table knows ("dissident republicans")
        if lower in _GENERIC_HEADS and any(t.lower_ in _DOMESTIC_MODIFIERS for t in toks
                                           if t.i != head.i):
            return True            # "a rebel leader", "opposition activists' spokesman"
        return lower in ("forces", "force", "troops", "units", "soldiers") and any(
            t.lower_ in _HOME_FORCE_WORDS for t in toks if t.i != head.i)

    def _sentence_country(self, head: "Token") -> str | None:
        """The one country a sentence names, when it names it as a place ("in Kabul", "the
        Deraa countryside") and names no other country, demonym or foreign actor at all."""
        try:
            sent = head.sent
        except ValueError:
            return None
        lo, hi = sent.start_char, sent.end_char
        codes: set[str] = set()
        placed: set[str] = set()
        victims = self._foreign_victims(sent) | self._sided_offsets(head)
        reporter = self._reporter_offsets(head)     # (but a group that reports it may be
        for off, code, _ in self._countries:        # the actor's own: see below)
            if lo <= off < hi and off not in victims and off not in reporter:
                codes.add(code)
        for off, code, in_place in self._places:
            if lo <= off < hi and off not in victims and off not in reporter:
                codes.add(code)
                if in_place and not self._destination(off):
                    placed.add(code)
        doc = self.doc
        for m in self._matches:
            if m.start <= head.i < m.end:
                continue               # the actor itself
            if lo <= doc[m.start].idx < hi and m.entry.kind != "igo" and \
                    not self._native_indians(m) and doc[m.start].idx not in victims:
                if m.entry.country is None and (m.entry.kind in ("group", "org") or
                                                m.entry.sector in ("IGO", "NGO")):
                    return None        # a group of no one country ("Islamic State")
                if m.entry.country and not (doc[m.start].idx in reporter and
                                            m.entry.kind in ("country", "government")):
                    codes.add(m.entry.country)
        for start, e in self._persons.items():
            if lo <= doc[start].idx < hi and e.country:
                codes.add(e.country)
        for ent in sent.ents:
            if ent.label_ == "NORP" and ent.root.i not in self._match_at and \
                    head.i not in (ent.root.i, ent.root.head.i) and \
                    ent.root.lower_ not in _CREEDS and not (
                        ent.root.lower_ in ("indian", "indians") and
                        self._in_the_americas(ent.root.i)) and \
                    not self._describes_place(ent.root):
                return None            # a people the tables do not place ("Rohingya"); not
                                       # a word for a place ("the Kashmiri capital Srinagar")
                                       # nor the actor's own creed ("Islamist militants")
        if len(codes) == 1 and placed == codes:
            return next(iter(codes))
        return None

    def _pp_country(self, head: "Token") -> str | None:
        """"Opposition groups in Zimbabwe", "activists from the Fatah Party", "inhabitants of
        the Golan Heights", "the government of Uruguay": a role placed by its own
        prepositional phrase."""
        for c in head.rights:
            if c.dep_ != "prep":
                continue
            prep = c.lower_
            if prep == "on" and any(g.dep_ == "pobj" and g.lemma_.lower() in ("island", "islands")
                                    for g in c.children):
                prep = "in"     # "separatists on the island of Anjouan"
            if prep not in _ACTOR_PREPS and prep != "of":
                continue
            if prep not in ("of", "from") and (head.lower_ in _VISITORS or
                                               head.lemma_.lower() in _VISITORS):
                continue       # "troops in Afghanistan", "diplomats in Geneva": often foreign
            for g in c.children:
                if g.dep_ == "pobj":
                    country = self._place_country(g, orgs=prep in ("from", "of"))
                    if country is None and g.lower_ in _AREA_NOUNS:
                        of = next((o for o in g.children if o.dep_ == "prep" and
                                   o.lower_ == "of"), None)      # "in the town of Gulu"
                        name = next((o for o in of.children if o.dep_ == "pobj"),
                                    None) if of is not None else None
                        country = self._place_country(name) if name is not None else None
                    if country:
                        return country
        return None

    def _clause_country(self, head: "Token", preps: frozenset[str] = _CLAUSE_PREPS
                        ) -> str | None:
        """The one place of the actor's clause (``_clause_place``), unless the clause tells a
        meeting, whose place is a venue."""
        verb = self._clause_verb(head)
        if verb.lemma_.lower() in _VENUE_VERBS or any(
                c.dep_ == "dobj" and c.lemma_.lower() in ("talk", "talks", "meeting")
                for c in verb.children):
            return None     # "representatives of the government met in Geneva": a venue
        return self._clause_place(head, preps)

    @staticmethod
    def _clause_verb(head: "Token") -> "Token":
        """The verb of the clause an argument belongs to (or the top of its phrase)."""
        verb = head
        while verb.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "prep", "agent", "conj",
                            "appos", "compound", "amod") and verb.head is not verb:
            verb = verb.head
        return verb

    def _clause_place(self, head: "Token", preps: frozenset[str] = _CLAUSE_PREPS
                      ) -> str | None:
        """Where a generic actor ("protesters", "rebels", "riot police") has no country of its
        own, the one its clause happens in: "Demonstrators blocked roads in Nairobi". Only a
        place the clause's verb (or its object) takes with "in"/"at" counts, and only one."""
        verb = self._clause_verb(head)
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        holders = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "attr", "xcomp")]
        # "demonstrators protesting election results in Monrovia": the actor's own clause
        holders += [c for c in head.children if c.dep_ == "acl" and c.pos_ == "VERB"]
        holders += [g for c in head.children if c.dep_ == "acl" and c.pos_ == "VERB"
                    for g in c.children if g.dep_ == "dobj"]
        found: set[str] = set()
        for h in holders:
            for c in h.children:
                if c.dep_ != "prep" or c.lower_ not in preps:
                    continue
                # "in Paris and in Berlin", "in Paris and Berlin": every place counts
                for p in (c, *c.conjuncts):
                    for g in self._prep_objects(p):
                        for o in (g, *g.conjuncts):
                            country = self._place_country(o) or self._nested_place(o, 2)
                            if country:
                                found.add(country)
        return found.pop() if len(found) == 1 else None

    @staticmethod
    def _prep_objects(prep: "Token") -> list["Token"]:
        """The objects of a preposition, through "outside of" / "north of"."""
        out = [g for g in prep.children if g.dep_ == "pobj"]
        if not out:
            for c in prep.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    out.extend(g for g in c.children if g.dep_ == "pobj")
        return out

    def _nested_place(self, tok: "Token", depth: int) -> str | None:
        """"in a car bomb explosion in a residential sector of eastern Beirut": the place
        at the end of a short chain of prepositional phrases."""
        if depth <= 0:
            return None
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "of", "near", "inside", "outside"):
                for g in self._prep_objects(c):
                    country = self._place_country(g) or self._nested_place(g, depth - 1)
                    if country:
                        return country
        return None

    def _people_home(self, head: "Token", origin: str | None) -> "str | None | bool":
        """For a demonym used as a people ("Kurds" is not one, "Serbs" is): the country they
        live in when the phrase says another one — "Iraqi Kurds", "Bosnian Serbs" — or None
        for "ethnic Turks" with no place; False when the demonym is simply its own country."""
        m = self._match_at.get(head.i)
        ethnic = m is not None and self._native_indians(m)  # "Indians" in Latin America
        for c in head.lefts:
            if c.dep_ == "poss" and ethnic and self.kb.country_of_name(c.text):
                return self.kb.country_of_name(c.text)     # "Nicaragua's Miskito Indians"
            if c.dep_ in ("amod", "compound", "nmod") and c.i != head.i:
                code = self.kb.country_of_demonym(c.text)
                if code is None and c.dep_ == "compound" and c.pos_ == "PROPN":
                    code = self.kb.country_of_name(c.text)      # "Kosovo Serbs"
                if code and code != origin:
                    return code
                if c.lower_ == "ethnic":
                    ethnic = True
                if head.lower_ in ("indians", "indian") and c.lower_ in _NATIVE_PEOPLES:
                    ethnic = True       # "Amazon Indians": the Americas' peoples, not India's
        if not ethnic:
            return False
        return self._pp_country(head) or self._clause_country(head)

    def _refer_back(self, head: "Token", toks: list["Token"]) -> tuple[ActorEntry, int] | None:
        """"the group" / "the movement" -> the one group named in this or the two previous
        sentences; "he" / "she" -> the one person named there. Two candidates: no answer."""
        lower = head.lower_
        if lower in ("he", "she", "him", "her"):
            kinds: tuple[str, ...] = ("person",)
        elif lower in _GROUP_NOUNS and any(t.lower_ == "the" and t.head == head for t in toks) \
                and not any(t.dep_ in ("amod", "compound") and t.lower_ not in _GROUP_DESCRIPTORS
                            for t in head.lefts):
            kinds = ("group", "org")
        elif lower in _BODY_NOUNS and any(t.lower_ == "the" and t.head == head for t in toks) \
                and not any(t.dep_ in ("amod", "compound", "nmod", "poss") for t in head.lefts) \
                and not any(t.dep_ == "prep" for t in head.rights):
            return self._named_body_before(head)
        else:
            return None
        try:
            sent = head.sent
        except ValueError:
            return None
        lo = sent.start
        doc = self.doc
        for _ in range(2):
            if lo > 0:
                try:
                    lo = doc[lo - 1].sent.start
                except ValueError:
                    break
        found: dict[str, tuple[ActorEntry, int]] = {}
        for m in self._matches:
            if lo <= m.start < head.i and m.entry.kind in kinds:
                found[m.entry.name] = (m.entry, m.start)
        if "person" in kinds:
            for start, e in self._persons.items():
                if lo <= start < head.i:
                    found[e.name] = (e, start)
        if len(found) != 1:
            return None
        return next(iter(found.values()))

    def _named_body_before(self, head: "Token") -> tuple[ActorEntry, int] | None:
        """"the commission": the one body named earlier in the text whose name holds that
        word ("the Ethiopian Human Rights Commission"). Two such bodies: no answer."""
        word = head.lower_
        found: dict[str, tuple[ActorEntry, int]] = {}
        for m in self._matches:
            if m.start < head.i and m.entry.kind not in ("country", "person", "place") and (
                    word in {w.strip(".,'’()").lower() for w in m.entry.name.split()} or
                    word == "party" and m.entry.sector in ("PTY", "OPP")):
                found[m.entry.name] = (m.entry, m.start)    # ("Sinn Fein ... the party")
        for ent in doc_ents(self.doc):
            if ent.label_ == "ORG" and ent.end <= head.i and word in {
                    t.lower_ for t in ent} and ent.start not in self._match_at:
                start = ent.start + (ent[0].lower_ == "the")
                name = self._words(start, ent.end)
                if name.lower() != word and not any(
                        n.lower() == name.lower() for n in found):
                    found[name] = (self._new_org(start, ent.end), start)
        try:
            lo = head.sent.start
            lo = self.doc[lo - 1].sent.start if lo > 0 else lo
        except ValueError:
            lo = 0
        near = [v for v in found.values() if v[1] >= lo]
        if near:                    # the last one named, in this sentence or the one before
            return max(near, key=lambda v: v[1])
        return next(iter(found.values())) if len(found) == 1 else None

    def _words(self, start: int, end: int, skip: frozenset[str] = frozenset()) -> str:
        """The text of tokens start..end as written (hyphens unspaced), minus ``skip`` words."""
        doc = self.doc
        parts: list[str] = []
        for t in doc[start:end]:
            if t.is_space or t.lower_ in skip:
                continue
            parts.append(t.text + (" " if t.whitespace_ else ""))
        return "".join(parts).strip()

    def _entry_for_head(self, head: "Token") -> ActorEntry | None:
        if head.i in self._named_heads:
            return self._named_heads[head.i]
        m = self._match_at.get(head.i)
        if m is not None and not m.demonym:
            return m.entry
        ent = self._ent_at.get(head.i)
        if ent is not None:
            e = self._persons.get(ent.start)
            if e is not None:
                return e
        k = key(head.text)
        e = self._doc_alias.get(k) if k else None
        if e is not None and head.pos_ == "PROPN":
            return e
        if ent is not None and ent.label_ in ("PERSON", "ORG", "NORP", "GPE"):
            name = _TITLES.sub("", ent.text).strip()
            if not key(name):
                return None            # no Latin letters: nothing the tables could know
            e = self._doc_alias.get(key(name))
            if e is None and ent.label_ == "PERSON":
                e = self._doc_variant(name)
            if e is None:
                e = kb_e = self.kb.lookup(name)
                if kb_e is not None and kb_e.kind == "country" and ent.label_ == "PERSON":
                    e = None
            if e is not None:
                return e
            if ent.label_ in ("ORG", "GPE", "NORP") and len(ent) == 1 and \
                    head.dep_ in ("nsubj", "nsubjpass"):
                # "Ramos signed ... in Manila", "Kabila ordered", "Kurti agreed": a surname the
                # model took for an organisation or a place
                e = self._bare_surname(head, name, anywhere=True)
                if e is not None:
                    return e
            if ent.label_ == "GPE" and len(ent) == 1:
                code = self.kb.country_by_spelling(name)
                if code is not None:
                    info = self.kb.country(code)
                    return ActorEntry(info.name if info else code, code, None, "country")
            if ent.label_ == "ORG" and head.pos_ == "PROPN" and self._is_proper_org(ent):
                while name.split(" ", 1)[0].lower() in _DETERMINERS and " " in name:
                    name = name.split(" ", 1)[1]
                sector = None
                for t in reversed(ent):
                    sector = self.kb.sector_for_role(t.text)
                    if sector:
                        break
                country = None
                for t in ent:
                    country = self.kb.country_of_demonym(t.text) or self.kb.country_of_name(t.text)
                    if country:
                        break
                if country is None and head.lower_ in _ARMED_ORG_NOUNS:
                    # "the Baluchistan Liberation Front": a movement named after its region
                    from eventwire.where import resolve_place

                    country = next((p.country for t in ent if t.i < head.i and t.pos_ == "PROPN"
                                    and t.dep_ == "compound" and t.i not in self._match_at
                                    and (p := resolve_place(t.text)) is not None), None)
                    if country and any(t.lower_ in _ARMED_WORDS for t in ent):
                        sector = "REB"
                if country is None and sector in _STATE_SECTORS:
                    # "the Florida Legislature", "the Dubai Ruler": a state body of its seat
                    role_at = next((t.i for t in ent if self.kb.sector_for_role(t.text)),
                                   ent.end)
                    country = self._place_run_country(list(ent), ent[-1], before=role_at)
                return ActorEntry(name, country, sector, "org")
        if ent is None and head.pos_ == "PROPN" and head.dep_ in ("nsubj", "nsubjpass", "dobj",
                                                               "pobj") and head.is_title:
            # a misspelt country the model did not even take for a place ("Ethopia")
            code = self.kb.country_by_spelling(head.text)
            if code is not None:
                info = self.kb.country(code)
                return ActorEntry(info.name if info else code, code, None, "country")
            if m is None and not any(c.dep_ == "compound" and c.text[:1].isupper() and
                                     not _TITLES.match(c.text + " ") and
                                     self.kb.sector_for_role(c.lower_) is None
                                     for c in head.lefts):
                # "Khaddam rejected ...": a bare surname the model took for no entity at all
                e = self._bare_surname(head, head.text, anywhere=True)
                if e is not None:
                    return e
        if ent is None and m is None and self._common_noun_at_start(head.i) and \
                head.is_title and head.dep_ in ("nsubj", "nsubjpass"):
            # "Arroyo ordered ...", "Meles has massed": a surname opening the sentence,
            # tagged as a common noun
            e = self._bare_surname(head, head.text, anywhere=True)
            if e is None:
                e = self.kb.lookup(head.text, fuzzy=False)
                e = e if e is not None and e.kind == "person" else None
            if e is not None:
                return e
        if m is not None and m.demonym and head.dep_ not in ("amod", "compound"):
            return m.entry
        return None

    def _named_org(self, toks: list["Token"], head: "Token", country: str | None,
                   country_tok: "Token | None", start: int, end: int) -> Actor | None:
        """An organisation whose own name holds a country word ("the Hungarian Civil Liberties
        Union", "the Kenya Human Rights Commission", "the Nigerian Labour Congress"): the whole
        name, the country of that word, the sector its other words say (rights -> NGO, party
        -> PTY, journalists -> MED, chamber of commerce -> BUS), or none."""
        if country is None or country_tok is None or head.pos_ != "PROPN" or \
                not head.text[:1].isupper() or head.lower_ not in _ORG_NOUNS:
            return None
        ent = self._ent_at.get(head.i)
        if ent is None or ent.label_ not in ("ORG", "NORP", "FAC") or country_tok not in ent:
            return None
        last = ent.end
        if ent.end < len(self.doc) and head.i == ent.end - 1:
            last = max(end, ent.end)
        words = {t.lower_ for t in self.doc[ent.start:ent.end]}
        for t in head.rights:            # "Organization for Human Rights": its "for"/"of" words
            if t.dep_ == "prep" and t.lower_ in ("for", "of", "against"):
                words |= {x.lower_ for x in t.subtree}
                last = max(last, t.right_edge.i + 1)
        sector = None
        for vocab, sec in _ORG_NAME_SECTORS:
            if words & vocab:
                sector = sec
                break
        s, e = self._trim(list(self.doc[min(start, ent.start):last]))
        return self._make(s, e, self._words(s, e, _DETERMINERS), country, sector, "org")

    def _antecedent_span(self, pron: "Token", at: int) -> tuple[int, int] | None:
        """Token range of the name a subject or possessive pronoun refers back to, when that
        name stands earlier in the pronoun's own sentence (so the actor's words are the
        sentence's own name for it); None otherwise (objects keep their pronoun)."""
        if pron.pos_ != "PRON" or pron.dep_ not in _NAMING_DEPS:
            return None
        try:
            sent = pron.sent
        except ValueError:
            return None
        if not sent.start <= at < pron.i:
            return None
        m = self._match_at.get(at)
        if m is not None and m.start == at:
            return m.start, m.end
        ent = self._ent_at.get(at)
        if ent is not None and ent.start == at and ent.end <= pron.i:
            return ent.start, ent.end
        return None

    def _foreign_namesake(self, entry: ActorEntry, toks: list["Token"], head: "Token") -> bool:
        """A one-word alias of one country's body under another country's modifier: the
        "Nigerian Labour Congress" is not the US Congress, "Kenya's Treasury" not the US one.
        The head is then read as the described body of the modifier's country."""
        if entry.kind not in ("institution", "government", "org", "group") or not entry.country:
            return False
        m = self._match_at.get(head.i)
        if m is None or m.end - m.start != 1 or m.entry != entry:
            return False
        country, _ = self._modifier_country(toks, head)
        if country is not None:
            return country != entry.country
        if head.lower_ not in _SHARED_NAMES:
            return False
        # "protesters marched on Congress" in a story from Lima: Peru's Congress, not the US
        # one, unless the sentence names the table's country
        named = self._sentence_countries(head)
        if named is None:
            return False
        home = self.dateline_country or self.dominant_country
        if home is None and len(named) == 1:
            # "Peruvian President Alberto Fujimori dissolved Congress": the one country the
            # sentence names, when it names it by its people's adjective (not "help Iran")
            code = next(iter(named))
            sent = head.sent
            said = [m.demonym or self._in_place_phrase(self.doc[m.end - 1])
                    for m in self._matches if m.entry.country == code
                    and m.entry.kind in ("country", "government")
                    and sent.start <= m.start < sent.end]
            placed = any(c == code and in_place for off, c, in_place in self._places
                         if sent.start_char <= off < sent.end_char)
            if all(said) and (said or placed):      # "stormed Congress ... in Brasilia"
                home = code
        if home is None or home == entry.country:
            return False
        return entry.country not in named

    def _is_proper_org(self, ent: "Span") -> bool:
        """An organisation entity with a name of its own ("Eastern Shield Brigade"), not a
        described one ("the Russian Foreign Ministry", "the Houthi-run health ministry"),
        which the role path names and places better."""
        own = False
        for t in ent.root.subtree:
            m = self._match_at.get(t.i)
            if m is not None and (m.demonym or m.entry.kind in ("country", "government", "group",
                                                                "institution", "igo")):
                return False
            if t in ent and t.text[:1].isupper() and t.lower_ not in _DETERMINERS and \
                    not self.kb.sector_for_role(t.text) and t.lower_ not in _ROLE_ADJECTIVES:
                own = True
        return own

    def _office_country(self, head: "Token") -> str | None:
        """The country named in the title right before a name ("Soviet Foreign Minister
        Eduard Shevardnadze"): the run of capitalised words the name's own compounds and
        modifiers make, never a word beyond a comma or a conjunction."""
        i = head.i - 1
        while i >= 0 and self.doc[i].head.i == head.i and self.doc[i].dep_ == "compound":
            i -= 1              # the given names
        while i >= 0 and self.doc[i].dep_ in ("compound", "amod") and \
                self.doc[i].text[:1].isupper():
            m = self._match_at.get(i)
            if m is not None and m.entry.kind in ("country", "government"):
                return m.entry.country
            i -= 1
        return None

    def _is_demonym_tok(self, tok: "Token") -> bool:
        return self.kb.country_of_demonym(tok.text) is not None

    def _modifier_country(self, toks: list["Token"], head: "Token") -> tuple[str | None,
                                                                           "Token | None"]:
        """The country a modifier names: "Iraqi", "US" in "US troops", "Iran's", "the
        country's" (a reference back), "US-led"."""
        for t in toks:
            if t.i == head.i:
                continue
            if t.lower_ in _COUNTRY_NOUNS and t.dep_ == "poss":
                ref = self.country_reference(list(t.subtree), t)
                if ref:
                    return ref, t
            m = self._match_at.get(t.i)
            ent = self._ent_at.get(t.i)
            if m is None and t.dep_ == "poss" and t.pos_ == "PROPN" and t.is_title and (
                    ent is None or len(ent) == 1 and ent.label_ != "PERSON"):
                code = self.kb.country_by_spelling(t.text)     # "Quatar's emir"
                if code is not None:
                    return code, t
            if m is not None and m.entry.kind in ("country", "government") and head.i not in \
                    range(m.start, m.end) and not self._native_indians(m):
                before = self.doc[max(0, m.start - 2):m.start].text.lower()
                if "anti" in before or "non" in before or re.search(r"\bpro\W*$", before):
                    continue       # "anti-US sentiment" is not American, nor are
                                   # "pro-Iranian" militants Iranian
                after = self.doc[m.end:m.end + 2].text.lower().replace(" ", "")
                if after.startswith(_SPONSORED):
                    continue       # "Iran-backed militias" are not Iranian
                return m.entry.country, t
            if m is not None and m.entry.kind == "person" and m.entry.country and \
                    head.lower_ in _PERSON_OWNED:
                return m.entry.country, t      # "the Trump administration"
        return None, None

    def _modifier_org(self, toks: list["Token"], head: "Token") -> tuple["Token | None",
                                                                        ActorEntry | None]:
        """A named organisation modifying the head ("Hezbollah fighters", "IRGC commander")."""
        for t in toks:
            m = self._match_at.get(t.i)
            if m is not None and m.entry.kind not in ("country", "government", "person") and \
                    head.i not in range(m.start, m.end):
                return self.doc[m.start], m.entry
        return None, None

    def _role_sector(self, toks: list["Token"], head: "Token") -> str | None:
        """The most specific role: a multi-word role ending at the head ("government forces"),
        then the head, then a modifier when the head is generic ("rebel leader")."""
        doc, kb = self.doc, self.kb
        for n in range(kb.role_max_words, 1, -1):
            if head.i - n + 1 < 0:
                continue
            phrase = " ".join(doc[i].lower_ for i in range(head.i - n + 1, head.i + 1))
            s = kb.sector_for_role(phrase)
            if s and phrase in _OFFICE_TITLES:
                # "the party's secretary general": an office of the body it is in
                body = next((kb.sector_for_role(t.text) for t in toks
                             if t.i < head.i - n + 1 and t.pos_ in ("NOUN", "PROPN")
                             and kb.sector_for_role(t.text)), None)
                org = next((m.entry.sector for t in toks if t.i < head.i - n + 1
                            and (m := self._match_at.get(t.i)) is not None
                            and m.entry.sector and m.entry.kind not in ("person",)), None)
                owned = any(t.i < head.i - n + 1 and t.pos_ in ("NOUN", "PROPN") for t in toks)
                return org or body or (None if owned else s)
            if s:
                return s
        head_sector = kb.sector_for_role(head.text) or kb.sector_for_role(head.lemma_)
        if head.lower_ in _SPEAKING_FOR:
            side = next((s for t in toks if t.i < head.i and t.pos_ in ("NOUN", "ADJ", "PROPN")
                         and (s := kb.sector_for_role(t.lower_)) in ("REB", "OPP")), None)
            if side is not None:
                return side        # "rebel envoys": the rebels' men, not diplomats
        if head_sector and head.lower_ not in _GENERIC_HEADS:
            return head_sector
        if head_sector is None and head.lower_ not in _GENERIC_HEADS:
            return None            # "the military presence" is no actor
        for t in reversed(toks):
            if t.i == head.i or t.pos_ not in ("NOUN", "PROPN", "ADJ"):
                continue
            s = kb.sector_for_role(t.text)
            if s:
                return s
        return head_sector

    def _role_name(self, head: "Token", country: str | None, country_tok: "Token | None",
                   org_tok: "Token | None", start: int, end: int) -> str:
        """A canonical name for a described actor: the country's adjective and the words after
        the country modifier ("the former Iraqi prime minister" -> "Iraqi prime minister",
        "the country's government forces" -> "Iraqi government forces", "US-led military
        coalition" -> "US-led coalition")."""
        doc = self.doc
        if country_tok is None and org_tok is not None:
            # "Hezbollah fighters", "Dir al-Sharq fighters": the group's name and the role
            m = self._match_at.get(org_tok.i)
            o_end = m.end if m is not None else org_tok.i + 1
            while o_end < end and doc[o_end].text in ("’s", "'s", "'", "’"):
                o_end += 1
            rest = self._words(o_end, end, _DESCRIPTIVE)
            return f"{m.entry.name if m else org_tok.text} {rest}".strip()
        if country_tok is None:
            return self._words(start, end, _DESCRIPTIVE | _DETERMINERS) or head.text
        m = self._match_at.get(country_tok.i)
        c_end = m.end if m is not None else country_tok.right_edge.i + 1
        if c_end + 1 < len(doc) and doc[c_end].text in ("-", "‐") and \
                doc[c_end + 1].lower_ in ("led", "backed"):
            verb = doc[c_end + 1].lower_
            return f"{doc[country_tok.i:c_end].text}-{verb} {head.text}"
        after = c_end
        while after < end and doc[after].text in ("’s", "'s", "'", "’"):
            after += 1
        if org_tok is not None:
            after = min(after, org_tok.i)
        rest = self._words(after, end, _DESCRIPTIVE)
        if rest[:1].isupper() and doc[after:end].text == doc[after:end].text.title() and \
                not self.kb.sector_for_role(rest):
            # a proper name ("Scottish National Party"): keep the words as written
            return self._words(start, end, _DESCRIPTIVE | _DETERMINERS)
        info = self.kb.country(country)
        adj = (info.demonym or info.name) if info else (country or "")
        written = doc[country_tok.i:c_end].text
        if info is not None and self._is_demonym_tok(country_tok) and \
                key(written)[:4] not in (key(adj)[:4], key(info.name)[:4]):
            adj = written      # "the Catalan government" is not the Spanish one: keep its word
        return f"{adj} {rest}".strip()

    # ------------------------------------------------------------------ all mentions
    def actors(self) -> list[Actor]:
        """Every actor mention the document resolves: KB names, acronyms, surnames, persons
        and organisations, in text order (demonyms used as adjectives are left out)."""
        doc = self.doc
        out: list[Actor] = []
        covered: set[int] = set()
        for m in sorted(self._matches, key=lambda m: m.start):
            if m.demonym and (doc[m.start].dep_ in ("amod", "compound") or not doc.has_annotation(
                    "DEP") and m.end < len(doc) and doc[m.end].is_alpha):
                continue           # "Iraqi parliament": an adjective, not a mention of Iraq
            if m.entry.kind == "government" and self._as_place(doc[m.end - 1]):
                continue           # "a delegation to Baghdad": a place, not the government
            span = doc[m.start:m.end]
            e = m.entry
            out.append(Actor(span.text, e.name, e.country, e.sector,
                             (span.start_char, span.end_char), e.kind))
            covered.update(range(m.start, m.end))
        for ent in doc_ents(doc):
            if ent.label_ not in ("PERSON", "ORG") or covered.intersection(range(ent.start,
                                                                                ent.end)):
                continue
            e = self._entry_for_head(ent.root)
            if e is None:
                continue
            s, t = ent.start, ent.end
            while s < t - 1 and doc[s].lower_ in _DETERMINERS:
                s += 1
            span = doc[s:t]
            out.append(Actor(span.text, e.name, e.country, e.sector,
                             (span.start_char, span.end_char), e.kind))
        out.sort(key=lambda a: a.span or (0, 0))
        return out
