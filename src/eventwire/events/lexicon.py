"""Trigger words -> PLOVER type and mode: eventwire's own table.

Written for eventwire (CAMEO's verb dictionary and the PLOVER codebook were read for ideas
only). Three kinds of entries:

* ``VERBS``: a verb lemma; ``PHRASAL``: a verb lemma with its particle or preposition
  ("call for", "hand over", "pull out") — the phrasal entry wins over the bare verb, and a
  verb listed only in ``PHRASAL`` is no trigger alone ("call" is not an event, "call for" is).
* ``NOUNS``: nominal events ("airstrike", "sanctions", "talks"); ``COMPOUNDS`` refine a noun by
  its modifier ("air strike", "hunger strike", "suicide bombing").
* ``requires``: words one of which must appear in the verb's object for the entry to fire.
  This keeps generic verbs quiet: "cut taxes" is no RETREAT, "cut troops" is; "lift the ban"
  is a CONCEDE, "lift weights" nothing.

Generic verbs (say, have, make, take, give, get, go, come, hold, put) are never triggers on
their own: their events come from their noun object ("held talks", "imposed sanctions").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Trigger:
    type: str
    mode: str | None = None
    requires: frozenset[str] | None = None    # object words, one of which must be present
    weak: bool = False                        # a nominal trigger that needs an actor to count


def T(type_: str, mode: str | None = None, requires: str | None = None,
      weak: bool = False) -> Trigger:
    return Trigger(type_, mode, frozenset(requires.split()) if requires else None, weak)


MILITARY = ("troops troop forces force soldiers soldier personnel presence contingent military "
            "army forces units brigade battalion garrison deployment bases base")
RESTRICTIONS = ("sanctions sanction ban embargo restrictions restriction curfew blockade siege "
                "lockdown measures tariffs tariff emergency curbs curb duties controls")
#: Trade barriers: cutting them is a concession ("cut tariffs on US goods"), cutting taxes at
#: home is not, so "cut"/"reduce"/"lower" take only these.
BARRIERS = "tariffs tariff duties duty sanctions restrictions curbs quotas"
PRISONERS = ("prisoners prisoner hostages hostage detainees detainee captives captive "
             "journalist journalists activist activists soldiers soldier detained jailed "
             "imprisoned arrested kidnapped abducted captured held dissident dissidents "
             "leaders citizen citizens national nationals crew sailors fishermen pilots "
             "protesters ex-ministers followers members supporters ministers victims "
             "peacekeepers tanker ship vessel")
AID_OBJECTS = ("aid assistance food medicine medicines supplies relief vaccines vaccine "
               "funding funds loan loans equipment weapons arms support")
#: Money given ("gave 2 million dollars to ..."): aid when a government or agency gives it.
MONEY = ("million billion dollars dollar euros euro pounds $ € £ grant grants donation "
         "donations money cash credit tents shelter vehicles firearms")
GIFTS = AID_OBJECTS + " " + MONEY + " intelligence expertise training"

VERBS: dict[str, Trigger] = {
    # AGREE
    "agree": T("AGREE"), "sign": T("AGREE", requires="agreement deal treaty accord pact "
                                    "memorandum ceasefire truce protocol contract"),
    "ratify": T("AGREE"), "accept": T("AGREE", requires="offer proposal deal plan agreement "
                                      "terms invitation demands demand ceasefire formula "
                                      "compromise settlement truce"),
    # offering help, troops or talks is a statement of intent (CAMEO 03); offering
    # condolences is not
    "offer": T("AGREE", requires=GIFTS + " " + MILITARY + " regiment warships jets helicopters "
                                 "talks mediation help asylum ceasefire truce amnesty"),
    # CONSULT
    "meet": T("CONSULT"), "visit": T("CONSULT", "visit"), "host": T("CONSULT", "visit"),
    "negotiate": T("CONSULT"), "discuss": T("CONSULT"), "consult": T("CONSULT"),
    "mediate": T("CONSULT", "third-party"), "convene": T("CONSULT", "multilateral"),
    "telephone": T("CONSULT", "phone"), "phone": T("CONSULT", "phone"),
    # SUPPORT
    "support": T("SUPPORT"), "endorse": T("SUPPORT"), "praise": T("SUPPORT"),
    "commend": T("SUPPORT"), "applaud": T("SUPPORT"), "hail": T("SUPPORT"),
    "congratulate": T("SUPPORT"), "welcome": T("SUPPORT"), "defend": T("SUPPORT"),
    "recognize": T("SUPPORT", requires="government independence sovereignty state"),
    "recognise": T("SUPPORT", requires="government independence sovereignty state"),
    # CONCEDE
    "concede": T("CONCEDE"), "apologize": T("CONCEDE"), "apologise": T("CONCEDE"),
    # a military surrender and an eased blockade de-escalate (CAMEO 0872, 0874): RETREAT
    "relent": T("CONCEDE"), "surrender": T("RETREAT"), "capitulate": T("CONCEDE"),
    "lift": T("RETREAT", requires="blockade blockades siege"),
    "ease": T("RETREAT", requires="blockade blockades siege"),
    "relax": T("CONCEDE", requires=RESTRICTIONS), "cancel": T("CONCEDE", requires=RESTRICTIONS),
    "shorten": T("CONCEDE", requires="curfew ban"),
    "allow": T("CONCEDE", requires="return access entry inspectors aid visit relief"),
    # COOPERATE
    "cooperate": T("COOPERATE"), "collaborate": T("COOPERATE"), "ally": T("COOPERATE"),
    "partner": T("COOPERATE"),
    "train": T("COOPERATE", requires="troops soldiers forces pilots police officers army "
                                     "personnel commandos recruits"),
    "establish": T("COOPERATE", requires="ties relations"),
    "restore": T("COOPERATE", requires="ties relations"),
    "upgrade": T("COOPERATE", requires="ties relations"),
    "normalize": T("COOPERATE", requires="ties relations"),
    "normalise": T("COOPERATE", requires="ties relations"),
    # AID
    "aid": T("AID"), "assist": T("AID"), "donate": T("AID"), "rescue": T("AID"),
    "provide": T("AID", requires=GIFTS), "send": T("AID", requires=AID_OBJECTS),
    "deliver": T("AID", requires=AID_OBJECTS), "supply": T("AID", requires=AID_OBJECTS),
    "contribute": T("AID", requires=GIFTS + " troops peacekeepers soldiers"), "allocate": T("AID", requires=GIFTS),
    "earmark": T("AID", requires=GIFTS), "distribute": T("AID", requires=AID_OBJECTS),
    "lend": T("AID", requires=MONEY), "airlift": T("AID", requires=AID_OBJECTS),
    "grant": T("AID", requires="asylum aid assistance loan loans amnesty"),
    # RETREAT
    "withdraw": T("RETREAT", "withdraw"), "retreat": T("RETREAT", "withdraw"),
    "evacuate": T("RETREAT", "withdraw", requires=MILITARY + " embassy diplomats staff "
                                                               "settlements settlement"),
    "release": T("RETREAT", "release", requires=PRISONERS),
    "free": T("RETREAT", "release", requires=PRISONERS),
    "resign": T("RETREAT", "resign"), "disarm": T("RETREAT", "disarm"),
    "demobilize": T("RETREAT", "disarm"), "demobilise": T("RETREAT", "disarm"),
    # cutting aid is a sanction, cutting troops a retreat ("reduced military aid")
    "reduce": T("SANCTION", "discontinue", requires="aid assistance supplies funding"),
    "cut": T("SANCTION", "discontinue", requires="aid assistance supplies funding"),
    "halve": T("RETREAT", "withdraw", requires=MILITARY),
    "shrink": T("RETREAT", "withdraw", requires=MILITARY),
    "cede": T("RETREAT"),
    # REQUEST
    "demand": T("REQUEST"), "urge": T("REQUEST"), "request": T("REQUEST"),
    "ask": T("REQUEST"), "petition": T("REQUEST"), "plead": T("REQUEST"),
    "implore": T("REQUEST"), "seek": T("REQUEST"), "pressure": T("REQUEST"),
    "press": T("REQUEST"), "summon": T("REQUEST", "meet"),
    # ACCUSE
    "accuse": T("ACCUSE", "allege"), "blame": T("ACCUSE", "allege"),
    "allege": T("ACCUSE", "allege"), "charge": T("ACCUSE", "allege"),
    "criticize": T("ACCUSE", "disapprove"), "criticise": T("ACCUSE", "disapprove"),
    "condemn": T("ACCUSE", "disapprove"), "denounce": T("ACCUSE", "disapprove"),
    "decry": T("ACCUSE", "disapprove"), "deplore": T("ACCUSE", "disapprove"),
    "slam": T("ACCUSE", "disapprove"), "rebuke": T("ACCUSE", "disapprove"),
    "censure": T("ACCUSE", "disapprove"), "lambaste": T("ACCUSE", "disapprove"),
    "lambast": T("ACCUSE", "disapprove"), "castigate": T("ACCUSE", "disapprove"),
    "indict": T("ACCUSE", "allege"), "sue": T("ACCUSE", "allege"),
    "complain": T("ACCUSE", "disapprove"),
    "investigate": T("ACCUSE", "investigate"), "probe": T("ACCUSE", "investigate"),
    # REJECT
    "reject": T("REJECT"), "refuse": T("REJECT"), "veto": T("REJECT"),
    "oppose": T("REJECT"), "rebuff": T("REJECT"), "spurn": T("REJECT"),
    "decline": T("REJECT", requires="offer invitation request proposal demand demands"),
    # denying charges is CAMEO's "deny responsibility", a statement, not a REJECT
    "deny": T("REJECT", requires="request access entry visa permission allocation"),
    # THREATEN
    "threaten": T("THREATEN"), "warn": T("THREATEN"), "menace": T("THREATEN"),
    "vow": T("THREATEN", requires="revenge retaliation retribution response war avenge "
                                  "retaliate attack strike kill punish destroy fight"),
    "swear": T("THREATEN", requires="revenge retaliation retribution avenge retaliate fight "
                                    "attack kill destroy"),
    # PROTEST
    "protest": T("PROTEST", "demo"), "demonstrate": T("PROTEST", "demo"),
    "rally": T("PROTEST", "demo"), "march": T("PROTEST", "demo"),
    "riot": T("PROTEST", "riot"), "boycott": T("PROTEST", "boycott"),
    "picket": T("PROTEST", "strike"),
    "block": T("PROTEST", "obstruct", requires="road roads street streets bridge highway "
                                              "traffic railway entrance"),
    # SANCTION
    "sanction": T("SANCTION"), "embargo": T("SANCTION"),
    "expel": T("SANCTION", "expel"), "convict": T("SANCTION", "convict"),
    "sentence": T("SANCTION", "convict"),
    "find": T("SANCTION", "convict", requires="guilty"),
    "suspend": T("SANCTION", "discontinue", requires="aid talks relations cooperation "
                                                  "membership funding assistance ties trade "
                                                  "supplies flights links deliveries"),
    "sever": T("SANCTION", "discontinue", requires="ties relations"),
    "freeze": T("SANCTION", requires="assets accounts funds"),
    # MOBILIZE
    "deploy": T("MOBILIZE", "troops"), "mobilize": T("MOBILIZE", "troops"),
    "mobilise": T("MOBILIZE", "troops"), "mass": T("MOBILIZE", "troops", requires=MILITARY),
    "dispatch": T("MOBILIZE", "troops", requires=MILITARY),
    "reinforce": T("MOBILIZE", "troops"), "station": T("MOBILIZE", "troops"),
    # COERCE
    "arrest": T("COERCE", "arrest"), "detain": T("COERCE", "arrest"),
    "apprehend": T("COERCE", "arrest"), "capture": T("COERCE", "seize"),
    "jail": T("COERCE", "arrest"), "imprison": T("COERCE", "arrest"),
    "seize": T("COERCE", "seize"), "confiscate": T("COERCE", "seize"),
    "censor": T("COERCE", "censor"), "ban": T("COERCE", "restrict"),
    "deport": T("COERCE", "deport"), "outlaw": T("COERCE", "restrict"),
    "bulldoze": T("ASSAULT", "destroy"), "deface": T("COERCE", "cyber", requires="website websites site "
                                                                  "sites page pages"),
    "extradite": T("COOPERATE"), "prohibit": T("SANCTION", requires="aid assistance trade "
                                                                    "imports exports entry"), "besiege": T("COERCE", "restrict"),
    "blockade": T("COERCE", "restrict"), "hack": T("COERCE", "cyber"),
    "impose": T("COERCE", requires="curfew martial restrictions lockdown"),
    # ASSAULT
    "attack": T("ASSAULT"), "assault": T("ASSAULT"), "bomb": T("ASSAULT", "explosives"),
    "shell": T("ASSAULT", "heavy-weapons"), "bombard": T("ASSAULT", "heavy-weapons"),
    "kill": T("ASSAULT"), "assassinate": T("ASSAULT", "targeted"),
    "shoot": T("ASSAULT", "firearms"), "strike": T("ASSAULT"), "invade": T("ASSAULT"),
    "abduct": T("ASSAULT", "abduct"), "kidnap": T("ASSAULT", "abduct"),
    "torture": T("ASSAULT", "torture"), "beat": T("ASSAULT", "beat"),
    "rape": T("ASSAULT", "sexual"), "behead": T("ASSAULT"), "ambush": T("ASSAULT"),
    "raid": T("ASSAULT"), "storm": T("ASSAULT"), "massacre": T("ASSAULT"),
    "wound": T("ASSAULT"), "injure": T("ASSAULT"), "clash": T("ASSAULT"),
    "fight": T("ASSAULT"), "destroy": T("ASSAULT", "destroy"),
    "execute": T("ASSAULT"), "avenge": T("ASSAULT"), "retaliate": T("ASSAULT"),
    "pound": T("ASSAULT", "heavy-weapons"),
    "violate": T("ASSAULT", requires="ceasefire cease-fire truce armistice"),
    "airstrike": T("ASSAULT", "aerial"),
}

#: Further senses of a verb, tried in order when the ``VERBS`` sense does not fit its object.
MORE_SENSES: dict[str, tuple[Trigger, ...]] = {
    "cancel": (T("SANCTION", "discontinue", requires="visit talks meeting trip summit "
                                                   "contract agreement deal"),),
    "postpone": (T("SANCTION", "discontinue", requires="visit talks meeting trip summit"),),
    "halt": (T("SANCTION", "discontinue", requires="aid assistance talks trade cooperation "
                                                 "funding imports exports flights links"),),
    "suspend": (T("CONCEDE", requires=RESTRICTIONS),
                T("COERCE", "censor", requires="publication broadcasts broadcast newspaper"),),
    "strengthen": (T("MOBILIZE", "troops", requires=MILITARY),),
    "share": (T("COOPERATE", requires="intelligence information evidence expertise data "
                                      "technology"),),
    "give": (T("AID", requires=GIFTS),),
    "lift": (T("CONCEDE", requires=RESTRICTIONS),), "ease": (T("CONCEDE", requires=RESTRICTIONS),),
    "return": (T("RETREAT", requires="weapons arms territory territories land property "
                                     "paintings artifacts artefacts remains bodies"),),
    "open": (T("AID", requires="borders border"),),
    "send": (T("MOBILIZE", "troops", requires=MILITARY + " platoon peacekeepers"),),
    "accept": (T("AID", requires="refugees refugee asylum-seekers seekers migrants"),),
    "burn": (T("PROTEST", "demo", requires="flag flags effigy effigies"),),
    "cut": (T("RETREAT", "withdraw", requires=MILITARY), T("CONCEDE", requires=BARRIERS)),
    "reduce": (T("RETREAT", "withdraw", requires=MILITARY), T("CONCEDE", requires=BARRIERS)),
    "lower": (T("CONCEDE", requires=BARRIERS),),
    "end": (T("CONCEDE", requires=RESTRICTIONS + " strike boycott occupation"),),
    "stop": (T("PROTEST", "strike", requires="work"),),
    "close": (T("COERCE", "restrict", requires="border borders crossing crossings airspace "
                                               "frontier"),
              T("SANCTION", "withdraw", requires="embassy consulate")),
    "prevent": (T("COERCE", "restrict", requires="demonstration protest rally march strike "
                                                 "meeting gathering"),),
    "demolish": (T("ASSAULT", "destroy", requires="home homes house houses building buildings village "
                                     "villages shelters"),),
}

PHRASAL: dict[tuple[str, str], Trigger] = {
    ("call", "for"): T("REQUEST"), ("call", "on"): T("REQUEST"), ("call", "upon"): T("REQUEST"),
    ("appeal", "for"): T("REQUEST"), ("appeal", "to"): T("REQUEST"),
    ("press", "for"): T("REQUEST"), ("push", "for"): T("REQUEST"),
    ("hand", "over"): T("RETREAT"), ("let", "free"): T("RETREAT", "release"),
    ("force", "out"): T("SANCTION", "expel"),
    ("walk", "off"): T("PROTEST", "strike", requires="job jobs work"), ("lay", "down"): T("RETREAT", "disarm",
                                                          requires="arms weapons"), ("roll", "back"): T("CONCEDE", requires=RESTRICTIONS),
    ("take", "in"): T("AID", requires="refugees refugee migrants asylum-seekers"), ("give", "up"): T("CONCEDE"),
    ("pull", "out"): T("RETREAT", "withdraw"), ("pull", "back"): T("RETREAT", "withdraw"),
    ("draw", "down"): T("RETREAT", "withdraw"), ("scale", "back"): T("RETREAT", "withdraw",
                                                                    requires=MILITARY),
    ("step", "down"): T("RETREAT", "resign"), ("back", "down"): T("CONCEDE"),
    ("crack", "down"): T("COERCE"), ("open", "fire"): T("ASSAULT", "firearms"),
    ("walk", "out"): T("PROTEST", "boycott"), ("take", "over"): T("COERCE", "seize"),
    ("side", "with"): T("SUPPORT"), ("meet", "with"): T("CONSULT"),
    ("talk", "with"): T("CONSULT"), ("talk", "to"): T("CONSULT"),
    ("speak", "with"): T("CONSULT"), ("work", "with"): T("COOPERATE"),
    ("shut", "down"): T("COERCE", "restrict"), ("lash", "out"): T("ACCUSE", "disapprove"),
    ("fire", "on"): T("ASSAULT", "firearms"), ("fire", "at"): T("ASSAULT", "firearms"),
    ("call", "off"): T("RETREAT"), ("blow", "up"): T("ASSAULT", "explosives"),
    ("set", "fire"): T("ASSAULT"), ("ship", "out"): T("RETREAT", "withdraw"), ("break", "off"): T("SANCTION", "discontinue"),
}

NOUNS: dict[str, Trigger] = {
    "agreement": T("AGREE", weak=True), "deal": T("AGREE", weak=True),
    "accord": T("AGREE", weak=True), "treaty": T("AGREE", weak=True),
    "talk": T("CONSULT"), "talks": T("CONSULT"), "negotiation": T("CONSULT"),
    "discussion": T("CONSULT", weak=True),
    "meeting": T("CONSULT", weak=True), "visit": T("CONSULT", "visit"),
    "summit": T("CONSULT", "multilateral"), "mediation": T("CONSULT", "third-party"),
    "endorsement": T("SUPPORT"), "support": T("SUPPORT", weak=True),
    "praise": T("SUPPORT", weak=True), "apology": T("CONCEDE"), "concession": T("CONCEDE"),
    "cooperation": T("COOPERATE", weak=True), "alliance": T("COOPERATE", weak=True),
    "aid": T("AID", weak=True), "assistance": T("AID", weak=True), "donation": T("AID"),
    "withdrawal": T("RETREAT", "withdraw"), "pullout": T("RETREAT", "withdraw"),
    "retreat": T("RETREAT", "withdraw"), "ceasefire": T("RETREAT", "ceasefire"),
    "truce": T("RETREAT", "ceasefire"), "armistice": T("RETREAT", "ceasefire"),
    "resignation": T("RETREAT", "resign"), "disarmament": T("RETREAT", "disarm"),
    "demand": T("REQUEST"), "appeal": T("REQUEST", weak=True), "request": T("REQUEST"),
    "accusation": T("ACCUSE", "allege"), "allegation": T("ACCUSE", "allege"),
    "condemnation": T("ACCUSE", "disapprove"), "criticism": T("ACCUSE", "disapprove"),
    "investigation": T("ACCUSE", "investigate"), "probe": T("ACCUSE", "investigate"),
    "inquiry": T("ACCUSE", "investigate"),
    "rejection": T("REJECT"), "veto": T("REJECT"), "refusal": T("REJECT"),
    "threat": T("THREATEN"), "ultimatum": T("THREATEN"),
    "protest": T("PROTEST", "demo"), "demonstration": T("PROTEST", "demo"),
    "rally": T("PROTEST", "demo"), "riot": T("PROTEST", "riot"),
    "boycott": T("PROTEST", "boycott"), "sit-in": T("PROTEST", "obstruct"),
    "walkout": T("PROTEST", "strike"),
    "sanction": T("SANCTION"), "sanctions": T("SANCTION"), "embargo": T("SANCTION"),
    "expulsion": T("SANCTION", "expel"), "suspension": T("SANCTION", "discontinue"), "conviction": T("SANCTION", "convict"),
    "deployment": T("MOBILIZE", "troops"), "mobilization": T("MOBILIZE", "troops"),
    "arrest": T("COERCE", "arrest"), "detention": T("COERCE", "arrest"),
    "crackdown": T("COERCE"), "curfew": T("COERCE", "curfew"),
    "censorship": T("COERCE", "censor"), "seizure": T("COERCE", "seize"),
    "deportation": T("COERCE", "deport"), "blockade": T("COERCE", "restrict"),
    "cyberattack": T("COERCE", "cyber"),
    "attack": T("ASSAULT"), "assault": T("ASSAULT"), "airstrike": T("ASSAULT", "aerial"),
    "air strike": T("ASSAULT", "aerial"), "bombing": T("ASSAULT", "explosives"),
    "bombardment": T("ASSAULT", "heavy-weapons"), "shelling": T("ASSAULT", "heavy-weapons"),
    "assassination": T("ASSAULT", "targeted"), "killing": T("ASSAULT"),
    "massacre": T("ASSAULT"), "shooting": T("ASSAULT", "firearms"),
    "kidnapping": T("ASSAULT", "abduct"), "abduction": T("ASSAULT", "abduct"),
    "torture": T("ASSAULT", "torture"), "invasion": T("ASSAULT"),
    "offensive": T("ASSAULT"), "ambush": T("ASSAULT"), "raid": T("ASSAULT"),
    "clash": T("ASSAULT"), "strike": T("ASSAULT", weak=True),
    "extradition": T("COOPERATE"),
    "cessation": T("RETREAT", "ceasefire", requires="hostilities fighting violence"), "release": T("RETREAT", "release", requires=PRISONERS), "warning": T("THREATEN", weak=True),
    "lawsuit": T("ACCUSE", "allege"), "warfare": T("ASSAULT", weak=True),
}

#: (modifier lemma, noun lemma) -> trigger: the modifier makes the noun specific.
COMPOUNDS: dict[tuple[str, str], Trigger] = {
    ("air", "strike"): T("ASSAULT", "aerial"), ("air", "raid"): T("ASSAULT", "aerial"),
    ("air", "attack"): T("ASSAULT", "aerial"), ("drone", "strike"): T("ASSAULT", "drone"),
    ("drone", "attack"): T("ASSAULT", "drone"), ("missile", "strike"): T("ASSAULT", "heavy-weapons"),
    ("missile", "attack"): T("ASSAULT", "heavy-weapons"),
    ("rocket", "attack"): T("ASSAULT", "heavy-weapons"),
    ("artillery", "fire"): T("ASSAULT", "heavy-weapons"),
    ("suicide", "bombing"): T("ASSAULT", "suicide-attack"),
    ("suicide", "attack"): T("ASSAULT", "suicide-attack"),
    ("bomb", "attack"): T("ASSAULT", "explosives"),
    ("hunger", "strike"): T("PROTEST", "hunger"), ("general", "strike"): T("PROTEST", "strike"),
    ("peace", "talks"): T("CONSULT"), ("peace", "talk"): T("CONSULT"),
    ("martial", "law"): T("COERCE", "martial-law"),
    ("cyber", "attack"): T("COERCE", "cyber"), ("cyber", "warfare"): T("COERCE", "cyber"),
    ("cease", "fire"): T("RETREAT", "ceasefire"),
    ("military", "exercise"): T("COOPERATE"), ("joint", "exercise"): T("COOPERATE"),
    ("naval", "exercise"): T("COOPERATE"), ("war", "game"): T("COOPERATE"),
    ("joint", "drill"): T("COOPERATE"), ("military", "drill"): T("COOPERATE"),
    ("joint", "patrol"): T("COOPERATE"),
    ("military", "operation"): T("ASSAULT"), ("military", "offensive"): T("ASSAULT"),
    ("legal", "action"): T("ACCUSE", "allege"),
    ("ethnic", "cleansing"): T("ASSAULT", "unconventional"),
}

#: Verbs that introduce what someone said: the events under them are "reported".
REPORTING = frozenset(("say", "tell", "report", "state", "announce", "claim", "add", "confirm",
                       "write", "note", "insist", "explain", "assert", "declare", "reveal",
                       "disclose", "indicate", "suggest", "believe", "argue", "quote", "cite",
                       "allege", "acknowledge", "admit", "contend", "maintain", "stress"))

#: Control verbs after which an infinitive is a real (possibly planned) event, and how.
CONTROL: dict[str, str] = {
    "plan": "planned", "intend": "planned", "prepare": "planned", "expect": "planned",
    "aim": "planned", "hope": "planned", "want": "planned", "decide": "planned",
    "agree": "planned", "promise": "planned", "pledge": "planned", "set": "planned",
    "be": "planned", "go": "planned", "schedule": "planned", "propose": "planned",
    "threaten": "threatened", "vow": "threatened", "warn": "threatened",
    "refuse": "negated", "fail": "negated", "decline": "negated",
    "try": "hypothetical", "attempt": "hypothetical", "seek": "hypothetical",
    "consider": "hypothetical", "weigh": "hypothetical", "mull": "hypothetical",
    "contemplate": "hypothetical", "debate": "hypothetical",
    "begin": "asserted", "start": "asserted", "continue": "asserted", "resume": "asserted",
    "manage": "asserted", "force": "asserted", "order": "demanded", "help": "asserted",
    # adjectives: "is willing to", "is prepared to"
    "willing": "planned", "ready": "planned", "prepared": "planned", "determined": "planned",
    "poised": "planned", "eager": "planned", "committed": "planned",
}

#: "is willing to X", "is committed to opening up": a statement of intent (AGREE) whatever
#: X is, unless X harms (then the harm is a threat, coded from X itself).
INTENT_ADJECTIVES = frozenset(("willing", "ready", "prepared", "committed"))

#: Words of the extractor's own patterns ("remained on alert", "a state of siege").
PATTERN_WORDS = frozenset(("alert", "siege", "emergency", "heed", "heeded", "heeds", "satisfy",
                           "satisfied", "fulfil", "fulfilled", "fulfill"))

#: "offered to X", "promised to X": a statement of intent, PLOVER's AGREE.
INTENT_VERBS = frozenset(("offer", "promise", "pledge", "undertake", "volunteer"))

#: Verbs whose object holds the event named by a noun ("launched an attack", "held talks").
LIGHT_VERBS = frozenset(("carry", "launch", "conduct", "stage", "hold", "impose", "sign",
                         "reach", "make", "issue", "mount", "begin", "start", "announce",
                         "order", "lead", "organize", "organise", "continue", "resume",
                         "hold", "join", "level", "file", "deliver", "provide", "send",
                         "extend", "offer", "declare", "call", "open", "agree", "end",
                         "approve", "authorize", "authorise", "stage", "perpetrate", "commit",
                         "unleash", "wage", "step", "intensify", "escalate", "renew",
                         "broker", "host", "attend", "pay"))

#: Words that only open a hypothetical or conditional.
HYPOTHETICAL_AUX = frozenset(("could", "would", "may", "might", "should", "can"))
PLANNED_AUX = frozenset(("will", "shall", "'ll", "wo"))



IRREGULAR: dict[str, tuple[str, ...]] = {
    "meet": ("met",), "fight": ("fought",), "strike": ("struck", "stricken"),
    "shoot": ("shot",), "withdraw": ("withdrew", "withdrawn"), "seek": ("sought",),
    "beat": ("beaten",), "send": ("sent",), "give": ("gave", "given"), "take": ("took", "taken"),
    "hold": ("held",), "lead": ("led",), "make": ("made",), "tell": ("told",), "say": ("said",),
    "freeze": ("froze", "frozen"), "break": ("broke", "broken"), "draw": ("drew", "drawn"),
    "speak": ("spoke", "spoken"), "begin": ("began", "begun"), "go": ("went", "gone"),
    "sever": ("severed",), "slam": ("slammed", "slamming"), "ban": ("banned", "banning"),
    "cut": ("cut", "cutting"), "plan": ("planned", "planning"), "step": ("stepped", "stepping"),
    "ally": ("allied", "allies"), "shell": ("shelled", "shelling"),
    "bar": ("barred",), "free": ("freed",), "find": ("found",), "lend": ("lent",), "set": ("set",), "write": ("wrote", "written"),
}


def inflections(lemma: str, noun: bool = False) -> set[str]:
    """Surface forms of a verb (or, with ``noun``, a noun) lemma, generously: an extra form
    only costs a parse, a missing one loses an event."""
    if noun:
        forms = {lemma, lemma + "s", lemma + "es"}
        if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
            forms.add(lemma[:-1] + "ies")
        return forms
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing", lemma + "d"}
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" \
            and lemma[-3] not in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    forms |= set(IRREGULAR.get(lemma, ()))
    return forms


#: Forms that are also something else far more often: "March" the month (lower-cased).
AMBIGUOUS_FORMS = frozenset(("march",))


def trigger_forms() -> frozenset[str]:
    """Lower-cased token texts that can signal an event on their own: the fast path parses
    the sentences holding one of them (or a ``phrasal_forms`` pair), so every lexicon entry
    must be reachable from here or from there."""
    words: set[str] = {"must", "should"}         # "X said Y must ..." is a demand
    words |= INTENT_ADJECTIVES                    # "is willing to ...": intent
    words |= PATTERN_WORDS
    for lemma in (*VERBS, *MORE_SENSES, *INTENT_VERBS, "refuse", "fail", "decline"):
        words |= inflections(lemma)
    for lemma in NOUNS:
        for part in lemma.split():
            words |= inflections(part, noun=True)
    for (mod, head) in COMPOUNDS:     # the head if it is an event noun, else the modifier
        words |= inflections(head if head in NOUNS else mod, noun=True)
    return frozenset(words - AMBIGUOUS_FORMS)


def phrasal_forms() -> dict[str, frozenset[str]]:
    """Forms of verbs that are triggers only with their particle ("called for", "handed
    over"), each with the particles that make them one."""
    out: dict[str, set[str]] = {}
    for (verb, particle) in PHRASAL:
        if verb in VERBS or verb in MORE_SENSES:
            continue                               # already a trigger alone
        for form in inflections(verb):
            out.setdefault(form, set()).add(particle)
    return {k: frozenset(v) for k, v in out.items()}
