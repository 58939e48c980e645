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
                "lockdown measures tariffs tariff emergency")
PRISONERS = ("prisoners prisoner hostages hostage detainees detainee captives captive "
             "journalist journalists activist activists soldiers soldier")
AID_OBJECTS = ("aid assistance food medicine medicines supplies relief vaccines vaccine "
               "funding funds loan loans equipment weapons arms support")

VERBS: dict[str, Trigger] = {
    # AGREE
    "agree": T("AGREE"), "sign": T("AGREE", requires="agreement deal treaty accord pact "
                                    "memorandum ceasefire truce protocol contract"),
    "ratify": T("AGREE"), "accept": T("AGREE", requires="offer proposal deal plan agreement "
                                      "terms invitation demands demand ceasefire"),
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
    "relent": T("CONCEDE"), "surrender": T("CONCEDE"), "capitulate": T("CONCEDE"),
    "lift": T("CONCEDE", requires=RESTRICTIONS), "ease": T("CONCEDE", requires=RESTRICTIONS),
    "relax": T("CONCEDE", requires=RESTRICTIONS), "cancel": T("CONCEDE", requires=RESTRICTIONS),
    "shorten": T("CONCEDE", requires="curfew ban"),
    "allow": T("CONCEDE", requires="return access entry inspectors aid visit"),
    # COOPERATE
    "cooperate": T("COOPERATE"), "collaborate": T("COOPERATE"), "ally": T("COOPERATE"),
    "partner": T("COOPERATE"),
    "establish": T("COOPERATE", requires="ties relations"),
    "restore": T("COOPERATE", requires="ties relations"),
    "upgrade": T("COOPERATE", requires="ties relations"),
    "normalize": T("COOPERATE", requires="ties relations"),
    "normalise": T("COOPERATE", requires="ties relations"),
    # AID
    "aid": T("AID"), "assist": T("AID"), "donate": T("AID"), "rescue": T("AID"),
    "provide": T("AID", requires=AID_OBJECTS), "send": T("AID", requires=AID_OBJECTS),
    "deliver": T("AID", requires=AID_OBJECTS), "supply": T("AID", requires=AID_OBJECTS),
    "grant": T("AID", requires="asylum aid assistance loan loans amnesty"),
    # RETREAT
    "withdraw": T("RETREAT", "withdraw"), "retreat": T("RETREAT", "withdraw"),
    "evacuate": T("RETREAT", "withdraw", requires=MILITARY + " embassy diplomats staff"),
    "release": T("RETREAT", "release", requires=PRISONERS),
    "free": T("RETREAT", "release", requires=PRISONERS),
    "resign": T("RETREAT", "resign"), "disarm": T("RETREAT", "disarm"),
    "demobilize": T("RETREAT", "disarm"), "demobilise": T("RETREAT", "disarm"),
    "reduce": T("RETREAT", "withdraw", requires=MILITARY),
    "cut": T("RETREAT", "withdraw", requires=MILITARY),
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
    "deny": T("REJECT", requires="request accusation accusations allegation allegations "
                                "claim claims report reports charge charges access entry visa"),
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
    "suspend": T("SANCTION", "discontinue", requires="aid talks relations cooperation "
                                                  "membership funding assistance ties trade"),
    "sever": T("SANCTION", "discontinue", requires="ties relations"),
    "freeze": T("SANCTION", requires="assets accounts funds"),
    # MOBILIZE
    "deploy": T("MOBILIZE", "troops"), "mobilize": T("MOBILIZE", "troops"),
    "mobilise": T("MOBILIZE", "troops"), "mass": T("MOBILIZE", "troops", requires=MILITARY),
    "dispatch": T("MOBILIZE", "troops", requires=MILITARY),
    "reinforce": T("MOBILIZE", "troops"), "station": T("MOBILIZE", "troops"),
    # COERCE
    "arrest": T("COERCE", "arrest"), "detain": T("COERCE", "arrest"),
    "jail": T("COERCE", "arrest"), "imprison": T("COERCE", "arrest"),
    "seize": T("COERCE", "seize"), "confiscate": T("COERCE", "seize"),
    "censor": T("COERCE", "censor"), "ban": T("COERCE", "restrict"),
    "deport": T("COERCE", "deport"), "outlaw": T("COERCE", "restrict"),
    "bulldoze": T("COERCE"), "deface": T("COERCE", "cyber", requires="website websites site "
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
    "airstrike": T("ASSAULT", "aerial"),
}

#: Further senses of a verb, tried in order when the ``VERBS`` sense does not fit its object.
MORE_SENSES: dict[str, tuple[Trigger, ...]] = {
    "cancel": (T("SANCTION", "discontinue", requires="visit talks meeting trip summit "
                                                   "contract agreement deal"),),
    "postpone": (T("SANCTION", "discontinue", requires="visit talks meeting trip summit"),),
    "halt": (T("SANCTION", "discontinue", requires="aid assistance talks trade cooperation "
                                                 "funding imports exports flights links"),),
    "suspend": (T("COERCE", "censor", requires="publication broadcasts broadcast newspaper"),),
    "strengthen": (T("MOBILIZE", "troops", requires=MILITARY),),
    "share": (T("COOPERATE", requires="intelligence information evidence expertise data "
                                      "technology"),),
    "prevent": (T("COERCE", "restrict", requires="demonstration protest rally march strike "
                                                 "meeting gathering"),),
    "demolish": (T("COERCE", requires="home homes house houses building buildings village "
                                     "villages shelters"),),
}

PHRASAL: dict[tuple[str, str], Trigger] = {
    ("call", "for"): T("REQUEST"), ("call", "on"): T("REQUEST"), ("call", "upon"): T("REQUEST"),
    ("appeal", "for"): T("REQUEST"), ("appeal", "to"): T("REQUEST"),
    ("press", "for"): T("REQUEST"), ("push", "for"): T("REQUEST"),
    ("hand", "over"): T("RETREAT"), ("give", "up"): T("CONCEDE"),
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
    "clash": T("ASSAULT"), "strike": T("ASSAULT", weak=True)
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
    ("cyber", "attack"): T("COERCE", "cyber"),
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
    "begin": "asserted", "start": "asserted", "continue": "asserted", "resume": "asserted",
    "manage": "asserted", "force": "asserted", "order": "demanded", "help": "asserted",
    # adjectives: "is willing to", "is prepared to"
    "willing": "planned", "ready": "planned", "prepared": "planned", "determined": "planned",
    "poised": "planned", "eager": "planned",
}

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
    "bar": ("barred",), "free": ("freed",), "set": ("set",), "write": ("wrote", "written"),
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
