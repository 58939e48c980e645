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

import functools
from dataclasses import dataclass


@dataclass(frozen=True)
class Trigger:
    type: str
    mode: str | None = None
    requires: frozenset[str] | None = None    # object words, one of which must be present
    weak: bool = False                        # a nominal trigger that needs an actor to count
    on_object: bool = False                   # ``requires`` only in what is acted on, not in
                                              # a prepositional phrase or an indirect object


def T(type_: str, mode: str | None = None, requires: str | None = None,
      weak: bool = False, on_object: bool = False) -> Trigger:
    return Trigger(type_, mode, frozenset(requires.split()) if requires else None, weak,
                   on_object)


MILITARY = ("troops troop forces force soldiers soldier personnel presence contingent military "
            "army forces units brigade battalion garrison deployment bases base")
RESTRICTIONS = ("sanctions sanction ban embargo restrictions restriction curfew blockade siege "
                "lockdown measures tariffs tariff emergency curbs curb duties controls martial")
#: International involvement a state lets in (CAMEO 086: inspectors, aid, peacekeepers).
ACCESS_GIVEN = ("access inspectors inspector monitors observers peacekeepers investigators aid "
                "relief delivery deliveries convoys convoy journalists")
#: Trade barriers: cutting them is a concession ("cut tariffs on US goods"), cutting taxes at
#: home is not, so "cut"/"reduce"/"lower" take only these.
BARRIERS = "tariffs tariff duties duty sanctions restrictions curbs quotas"
PRISONERS = ("prisoners prisoner hostages hostage detainees detainee captives captive "
             "journalist journalists activist activists soldiers soldier detained jailed "
             "imprisoned arrested kidnapped abducted captured held dissident dissidents "
             "leaders citizen citizens national nationals crew sailors fishermen pilots "
             "protesters ex-ministers followers members supporters ministers victims "
             "peacekeepers tanker ship vessel")
#: A released person named by a pronoun ("He was released the next day").
PERSONS = ("he she him her they them woman women man men people persons student students "
           "suspect suspects drivers driver workers worker engineers engineer tourists tourist "
           "backpackers geologists missionaries nuns priests pilgrims employees passengers "
           "children girls boys")
AID_OBJECTS = ("aid assistance food medicine medicines supplies relief vaccines vaccine "
               "funding funds loan loans equipment weapons arms support")
#: Money given ("gave 2 million dollars to ..."): aid when a government or agency gives it.
MONEY = ("million billion dollars dollar euros euro pounds $ € £ grant grants donation "
         "donations money cash credit tents shelter vehicles firearms")
#: Goods handed out as relief, counted by weight or by the dose ("20,000 tonnes of rice").
FOOD_AID = ("tonnes tonne tons ton maize grain grains food wheat rice flour medicine "
            "medicines vaccines vaccine doses supplies")
#: Measures a government can take back, whose reversal is a concession and whose refused
#: reversal a rejection ("would not roll back the fuel price rise").
REVERSIBLE = ("decision rise increase increases hike hikes reform reforms law laws decree "
              "decrees policy order tax taxes cut cuts price prices subsidy subsidies")
#: Relief named as such, which a carrying verb ("flew", "trucked", "shipped") delivers.
AID_RELIEF = ("food aid assistance relief supplies medicine medicines vaccines vaccine rations "
              "tents blankets doctors medics nurses " + FOOD_AID + " sorghum biscuits water")
#: What a supplier delivers, whose cut-off is a sanction ("cut gas deliveries to X").
SUPPLY = "deliveries delivery exports shipments gas oil electricity fuel"
#: Police forces sent somewhere (CAMEO 151, 153: MOBILIZE police).
POLICE = "police policemen gendarmes gendarmerie riot-police"
GIFTS = AID_OBJECTS + " " + MONEY + " intelligence expertise training"
#: What rioters throw ("hurled petrol bombs and stones at police").
MISSILES_THROWN = "stones stone rocks rock bottles firebombs firebomb petrol bricks molotov"

VERBS: dict[str, Trigger] = {
    # AGREE
    "agree": T("AGREE"), "sign": T("AGREE", requires="agreement deal treaty accord pact "
                                    "memorandum ceasefire truce protocol contract "
                                    "declaration charter"),
    "ratify": T("AGREE"), "accept": T("AGREE", requires="offer proposal deal plan agreement "
                                      "terms invitation ceasefire formula compromise "
                                      "settlement truce understanding framework resolution "
                                      "mediation roadmap arrangement"),
    # offering help, troops or talks is a statement of intent (CAMEO 03); offering
    # condolences is not
    "offer": T("AGREE", requires=GIFTS + " " + MILITARY + " regiment warships jets helicopters "
                                 "talks mediation help asylum ceasefire truce amnesty"),
    # CONSULT
    "meet": T("CONSULT"), "visit": T("CONSULT", "visit"), "host": T("CONSULT", "visit"),
    "negotiate": T("CONSULT"), "discuss": T("CONSULT"), "consult": T("CONSULT"),
    "mediate": T("CONSULT", "third-party"), "shuttle": T("CONSULT", "third-party"), "convene": T("CONSULT", "multilateral"),
    "telephone": T("CONSULT", "phone"), "phone": T("CONSULT", "phone"),
    # "arrived in New Delhi for a two-day visit": arriving for talks is the visit
    "arrive": T("CONSULT", "visit", requires="visit talks summit meeting trip"),
    # SUPPORT
    "support": T("SUPPORT"), "endorse": T("SUPPORT"), "praise": T("SUPPORT"),
    "commend": T("SUPPORT"), "applaud": T("SUPPORT"), "hail": T("SUPPORT"),
    "congratulate": T("SUPPORT"), "welcome": T("SUPPORT"), "defend": T("SUPPORT"),
    "thank": T("SUPPORT"), "laud": T("SUPPORT"), "extol": T("SUPPORT"),
    "forgive": T("SUPPORT"),
    # "Beijing publicly backed Karimov's handling of the unrest" (CAMEO 051)
    "back": T("SUPPORT"),
    # receiving an envoy is hosting a visit (CAMEO 043)
    "receive": T("CONSULT", "visit", requires="delegation ambassador envoy minister president "
                                              "counterpart premier emissary"),
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
    # letting in inspectors, monitors, aid or peacekeepers is international involvement
    # allowed (CAMEO 086, PLOVER RETREAT access); letting a candidate run, a concession
    "allow": T("RETREAT", "access", requires=ACCESS_GIVEN),
    "permit": T("RETREAT", "access", requires=ACCESS_GIVEN),
    "loosen": T("CONCEDE", requires=RESTRICTIONS),
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
    "deliver": T("AID", requires=AID_OBJECTS + " " + FOOD_AID + " fighters jets tanks "
                                 "missiles helicopters batteries system systems"),
    "deposit": T("AID", requires=MONEY),
    # arms supplied to a side are military aid (CAMEO 0732)
    "supply": T("AID", requires=AID_OBJECTS + " rockets missiles ammunition drones"),
    "contribute": T("AID", requires=GIFTS + " troops peacekeepers soldiers"), "allocate": T("AID", requires=GIFTS),
    "earmark": T("AID", requires=GIFTS), "distribute": T("AID", requires=AID_OBJECTS),
    "lend": T("AID", requires=MONEY),
    "airlift": T("AID", requires=AID_OBJECTS + " " + FOOD_AID + " tents blankets biscuits"),
    # house arrest (CAMEO 173)
    "confine": T("COERCE", "arrest", requires="home house residence compound"),
    "resettle": T("AID", requires="refugees refugee migrants asylum-seekers families people"),
    "shelter": T("AID", requires="refugees refugee migrants asylum-seekers families people "
                                 "civilians"),
    # "pledged 300 billion yen", "pledged 20,000 tonnes of rice": money or goods promised;
    # "pledged to ..." is intent (INTENT_VERBS), "pledged support" a noun's event
    "pledge": T("AID", requires=MONEY + " aid assistance " + FOOD_AID),
    "grant": T("AID", requires="asylum aid assistance loan loans"),
    # RETREAT
    "withdraw": T("RETREAT", "withdraw"), "retreat": T("RETREAT", "withdraw"),
    "evacuate": T("RETREAT", "withdraw", requires=MILITARY + " embassy diplomats staff "
                                                               "settlements settlement"),
    "release": T("RETREAT", "release", requires=PRISONERS + " " + PERSONS),
    "free": T("RETREAT", "release", requires=PRISONERS + " " + PERSONS),
    "resign": T("RETREAT", "resign"), "disarm": T("RETREAT", "disarm"),
    "demobilize": T("RETREAT", "disarm"), "demobilise": T("RETREAT", "disarm"),
    # cutting aid is a sanction, cutting troops a retreat ("reduced military aid")
    "reduce": T("SANCTION", "discontinue", requires="aid assistance supplies funding "
                                                    "deliveries delivery shipments"),
    "cut": T("SANCTION", "discontinue", requires="aid assistance supplies funding ties "
                                                 "relations deliveries delivery shipments"),
    "halve": T("RETREAT", "withdraw", requires=MILITARY),
    "shrink": T("RETREAT", "withdraw", requires=MILITARY),
    "cede": T("RETREAT"),
    # a pardon or a commuted sentence yields (CAMEO's verb dictionary codes PARDON 080, and
    # "grant a pardon" 081): a concession, not a release
    "pardon": T("CONCEDE", requires=PRISONERS + " people persons militants members "
                                                "convicts convicted"),
    "commute": T("CONCEDE", requires="sentence sentences"),
    "exchange": T("RETREAT", "release", requires=PRISONERS),
    "swap": T("RETREAT", "release", requires=PRISONERS),
    "reopen": T("RETREAT", "access", requires="border borders crossing crossings airport "
                                              "airspace embassy consulate port road roads"),
    "repeal": T("CONCEDE", requires=RESTRICTIONS + " law laws decree boycott"),
    "scrap": T("CONCEDE", requires=RESTRICTIONS), "waive": T("CONCEDE", requires=BARRIERS + " visa "
                                                                         "visas debt"),
    "unfreeze": T("CONCEDE", requires="assets accounts funds aid"),
    # REQUEST
    "demand": T("REQUEST"), "urge": T("REQUEST"), "request": T("REQUEST"),
    "ask": T("REQUEST"), "petition": T("REQUEST"), "plead": T("REQUEST"),
    "implore": T("REQUEST"), "pressure": T("REQUEST"), "press": T("REQUEST"),
    # "sought refuge / help / talks" asks for something; "sought to ease tensions" does not
    "seek": T("REQUEST", requires="refuge asylum help aid assistance support protection "
                                  "shelter release extradition clarification explanation "
                                  "apology compensation talks meeting audience ceasefire truce "
                                  "withdrawal return loan loans funding mediation intervention "
                                  "permission approval backing guarantees"),
    "beg": T("REQUEST"), "beseech": T("REQUEST"), "entreat": T("REQUEST"),
    "exhort": T("REQUEST"), "lobby": T("REQUEST"),
    # summoning a foreign envoy is a formal protest (CAMEO 11); anyone else is summoned to
    # come and answer (a demand to meet)
    "summon": T("ACCUSE", "disapprove", requires="ambassador ambassadors envoy envoys diplomat "
                                                 "diplomats charge chargé emissary consul "
                                                 "attache attaché representative commissioner "
                                                 "commissioners nuncio"),
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
    "reprimand": T("ACCUSE", "disapprove"), "chastise": T("ACCUSE", "disapprove"),
    "berate": T("ACCUSE", "disapprove"), "scold": T("ACCUSE", "disapprove"),
    "admonish": T("ACCUSE", "disapprove"), "reproach": T("ACCUSE", "disapprove"),
    "upbraid": T("ACCUSE", "disapprove"), "excoriate": T("ACCUSE", "disapprove"),
    "assail": T("ACCUSE", "disapprove"), "vilify": T("ACCUSE", "disapprove"),
    "ridicule": T("ACCUSE", "disapprove"), "deride": T("ACCUSE", "disapprove"),
    "disparage": T("ACCUSE", "disapprove"), "insult": T("ACCUSE", "disapprove"),
    "fault": T("ACCUSE", "disapprove"), "scorn": T("ACCUSE", "disapprove"),
    "implicate": T("ACCUSE", "allege"), "prosecute": T("ACCUSE", "allege"),
    "impeach": T("ACCUSE", "allege"), "arraign": T("ACCUSE", "allege"),
    "investigate": T("ACCUSE", "investigate"), "probe": T("ACCUSE", "investigate"),
    # REJECT
    "reject": T("REJECT"), "refuse": T("REJECT"), "veto": T("REJECT"),
    "oppose": T("REJECT"), "rebuff": T("REJECT"), "spurn": T("REJECT"),
    "snub": T("REJECT"), "renege": T("REJECT"), "defy": T("REJECT"),
    "repudiate": T("REJECT"), "disavow": T("REJECT", requires="deal agreement accord treaty "
                                                          "pact plan"),
    # dismissing a proposal refuses it; dismissing an accusation is a denial (a statement)
    # and dismissing an official is no event the lexicon knows
    "dismiss": T("REJECT", requires="proposal proposals offer offers plan plans request "
                                    "requests demand demands call calls appeal appeals plea "
                                    "idea ideas suggestion suggestions bid initiative ultimatum "
                                    # a court throwing out a challenge (CAMEO 12)
                                    "petition petitions lawsuit lawsuits challenge challenges "
                                    "complaint complaints ruling rulings verdict verdicts"),
    "resist": T("REJECT", requires="pressure pressures calls call demands demand attempts "
                                   "efforts push"),
    "decline": T("REJECT", requires="offer invitation request proposal demand demands"),
    # denying charges is CAMEO's "deny responsibility", a statement, not a REJECT
    "deny": T("REJECT", requires="request access entry visa permission allocation"),
    # THREATEN
    "threaten": T("THREATEN"), "warn": T("THREATEN"), "menace": T("THREATEN"),
    "intimidate": T("THREATEN"), "blackmail": T("THREATEN"),
    "vow": T("THREATEN", requires="revenge retaliation retribution response war avenge "
                                  "retaliate attack strike kill punish destroy fight"),
    "swear": T("THREATEN", requires="revenge retaliation retribution avenge retaliate fight "
                                    "attack kill destroy"),
    # PROTEST
    "protest": T("PROTEST", "demo"), "demonstrate": T("PROTEST", "demo"),
    "rally": T("PROTEST", "demo"), "march": T("PROTEST", "demo"),
    "riot": T("PROTEST", "riot"), "boycott": T("PROTEST", "boycott"),
    "picket": T("PROTEST", "strike"), "chant": T("PROTEST", "demo"),
    "block": T("PROTEST", "obstruct", requires="road roads street streets bridge highway "
                                              "traffic railway entrance"),
    # SANCTION
    "sanction": T("SANCTION"), "embargo": T("SANCTION"), "blacklist": T("SANCTION"),
    # recalling one's own envoy reduces relations (CAMEO 161)
    "recall": T("SANCTION", "withdraw", requires="ambassador ambassadors envoy envoys diplomat "
                                                 "diplomats embassy staff"),
    "downgrade": T("SANCTION", "withdraw", requires="ties relations"),
    "expel": T("SANCTION", "expel"), "convict": T("SANCTION", "convict"),
    "sentence": T("SANCTION", "convict"),
    "find": T("SANCTION", "convict", requires="guilty"),
    "suspend": T("SANCTION", "discontinue", requires="aid talks relations cooperation "
                                                  "membership funding assistance ties trade "
                                                  "supplies flights links deliveries lending "
                                                  "loans loan credit"),
    "sever": T("SANCTION", "discontinue", requires="ties relations"),
    "freeze": T("SANCTION", requires="assets accounts funds"),
    # MOBILIZE
    "deploy": T("MOBILIZE", "troops"), "mobilize": T("MOBILIZE", "troops"),
    "mobilise": T("MOBILIZE", "troops"), "mass": T("MOBILIZE", "troops", requires=MILITARY),
    "dispatch": T("MOBILIZE", "troops", requires=MILITARY),
    "reinforce": T("MOBILIZE", "troops", requires=MILITARY + " positions lines border borders "
                                                              "defences defenses frontier"),
    # "stationed troops on the border" moves forces; "fighters are stationed in X" is a state
    "station": T("MOBILIZE", "troops", requires=MILITARY + " warships jets missiles"),
    "redeploy": T("MOBILIZE", "troops"), "amass": T("MOBILIZE", "troops", requires=MILITARY),
    # arming irregulars (CAMEO 1532 mobilizes armed forces; PLOVER's militia mode)
    "arm": T("MOBILIZE", "militia", requires="militia militias militiamen tribesmen volunteers "
                                             "civilians vigilantes fighters villagers "
                                             "peasants patrols guards"),
    "rush": T("MOBILIZE", "troops", requires=MILITARY),
    # COERCE
    "arrest": T("COERCE", "arrest"), "detain": T("COERCE", "arrest"),
    "apprehend": T("COERCE", "arrest"), "capture": T("COERCE", "seize"),
    "nab": T("COERCE", "arrest"),
    "jail": T("COERCE", "arrest"), "imprison": T("COERCE", "arrest"),
    "seize": T("COERCE", "seize"), "confiscate": T("COERCE", "seize"),
    "censor": T("COERCE", "censor"), "ban": T("COERCE", "restrict"),
    "deport": T("COERCE", "deport"), "outlaw": T("COERCE", "restrict"),
    "evict": T("COERCE", "deport"), "overrun": T("COERCE", "seize"),
    "retake": T("COERCE", "seize"), "recapture": T("COERCE", "seize"),
    "bulldoze": T("ASSAULT", "destroy"), "deface": T("COERCE", "cyber", requires="website websites site "
                                                                  "sites page pages"),
    "extradite": T("COOPERATE"), "prohibit": T("SANCTION", requires="aid assistance trade "
                                                                    "imports exports entry"), "besiege": T("COERCE", "restrict"),
    "blockade": T("COERCE", "restrict"),
    "hack": T("COERCE", "cyber", requires="website websites site sites computer computers "
                                         "system systems network networks account accounts "
                                         "server servers email emails phone phones database "
                                         "databases"),
    "repress": T("COERCE"), "suppress": T("COERCE", requires="protest protests dissent "
                                                            "demonstration demonstrations "
                                                            "opposition rally rallies uprising "
                                                            "revolt riot riots protesters"),
    "occupy": T("COERCE", "seize", requires="territory territories town towns city cities "
                                            "village villages island islands region area "
                                            "land province border"),
    "annex": T("COERCE", "seize"), "expropriate": T("COERCE", "seize"),
    "nationalize": T("COERCE", "seize"), "nationalise": T("COERCE", "seize"),
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
    # "fired tear gas / rockets at": what is fired makes it an attack ("fire" alone is not)
    "fire": T("ASSAULT", requires="gas teargas tear-gas cannon cannons bullets rounds shots "
                                  "rockets rocket missiles missile mortars mortar shells "
                                  "artillery grenades"),
    "murder": T("ASSAULT"), "slay": T("ASSAULT"), "slaughter": T("ASSAULT"),
    "raze": T("ASSAULT", "destroy"), "detonate": T("ASSAULT", "explosives"),
    # "targeted civilians": aimed at people or places, not "targeted sanctions"
    "target": T("ASSAULT", requires="civilians positions convoy convoys base bases village "
                                    "villages town towns city cities hospital hospitals school "
                                    "schools camp camps troops soldiers forces checkpoint "
                                    "checkpoints"),
    # "hit five bases": a strike on military or armed targets, not "hit a record" or "the
    # crisis hit the economy"
    "hit": T("ASSAULT", requires="positions convoy convoys base bases targets camp camps "
                                 "checkpoint checkpoints depot depots headquarters outpost "
                                 "outposts hideout hideouts strongholds stronghold"),
    # abusing people, not power or trust
    "abuse": T("ASSAULT", requires="prisoners prisoner detainees detainee inmates immigrants "
                                   "migrants refugees women woman girls boys children child "
                                   "civilians protesters people"),
    "flog": T("ASSAULT", "beat"),
    "lynch": T("ASSAULT", "beat"), "stab": T("ASSAULT", "primitive"),
    "hijack": T("ASSAULT", "abduct"), "sabotage": T("ASSAULT", "destroy"),
    "torch": T("ASSAULT", "destroy"), "ransack": T("ASSAULT", "destroy"),
    "vandalize": T("PROTEST", "vandalize"), "vandalise": T("PROTEST", "vandalize"),
    "disperse": T("ASSAULT", "crowd-control", requires="protesters demonstrators crowd crowds "
                                                       "rally protest protests demonstration "
                                                       "marchers students mourners"),
    "violate": T("ASSAULT", requires="ceasefire cease-fire truce armistice"),
    # keeping to a truce (CAMEO 0874)
    "observe": T("RETREAT", "ceasefire", requires="ceasefire cease-fire truce armistice",
                 on_object=True),
    "respect": T("RETREAT", "ceasefire", requires="ceasefire cease-fire truce armistice",
                 on_object=True),
    "airstrike": T("ASSAULT", "aerial"),
}

#: Further senses of a verb, tried in order when the ``VERBS`` sense does not fit its object.
MORE_SENSES: dict[str, tuple[Trigger, ...]] = {
    "remove": (T("CONCEDE", requires=RESTRICTIONS + " boycott"),),
    "summon": (T("REQUEST", "meet"),),
    "exchange": (T("ASSAULT", "firearms", requires="fire gunfire shots"),),
    "evacuate": (T("AID", requires="civilians citizens residents nationals families wounded "
                                   "injured children patients refugees tourists"),),
    "block": (T("REJECT", requires="resolution resolutions bill proposal deal measure motion "
                                   "nomination appointment sale merger legislation"),
              T("COERCE", "censor", requires="internet website websites sites platform "
                                             "platforms broadcasts media facebook twitter "
                                             "whatsapp tiktok youtube wikipedia instagram "
                                             "telegram")),
    "cancel": (T("SANCTION", "discontinue", requires="visit talks meeting trip summit "
                                                   "contract agreement deal"),),
    "postpone": (T("SANCTION", "discontinue", requires="visit talks meeting trip summit"),),
    "halt": (T("RETREAT", "ceasefire", requires="attacks attack offensive bombing bombings "
                                                "shelling raids operations", on_object=True),
             T("SANCTION", "discontinue", requires="aid assistance talks trade cooperation "
                                                 "funding imports exports flights links "
                                                 "mediation negotiations dialogue " + SUPPLY),),
    "suspend": (T("CONCEDE", requires=RESTRICTIONS),
                T("COERCE", "censor", requires="publication broadcasts broadcast newspaper "
                                               "licence license licences licenses"),
                # suspending a constitution (CAMEO 172; a parliament suspended or
                # dissolved before an election is routine, so not on its own)
                T("COERCE", "restrict", requires="constitution", on_object=True)),
    "strengthen": (T("MOBILIZE", "troops", requires=MILITARY),),
    "share": (T("COOPERATE", requires="intelligence information evidence expertise data "
                                      "technology"),),
    "pass": (T("COOPERATE", requires="intelligence", on_object=True),),
    "give": (T("AID", requires=GIFTS),),
    "lift": (T("CONCEDE", requires=RESTRICTIONS + " boycott"),),
    "ease": (T("CONCEDE", requires=RESTRICTIONS + " closure closures"),),
    # a bomb set off at something (CAMEO 183)
    "dynamite": (T("ASSAULT", "explosives"),),
    # a leader at the head of a march ("led thousands of demonstrators into parliament")
    "lead": (T("PROTEST", "demo", requires="demonstrators protesters marchers supporters "
                                            "crowd crowds", on_object=True),),
    # a charter or accord voted through by its parties (CAMEO 057, sign an agreement)
    "approve": (T("AGREE", requires="charter accord treaty ceasefire truce", on_object=True),),
    "return": (T("RETREAT", requires="weapons arms territory territories land property "
                                     "paintings artifacts artefacts remains bodies painting "
                                     "statue statues sculpture sculptures manuscript manuscripts "
                                     "antiquities relics artwork artworks treasures "
                                     # seized boats handed back (CAMEO 08)
                                     "boats trawlers vessels ships tanker tankers",
             on_object=True),),
    "allow": (T("CONCEDE", requires="return entry visit rally candidate candidates "
                                    "opposition"),),
    "permit": (T("CONCEDE", requires="return entry visit rally candidate candidates "
                                     "opposition"),),
    "open": (T("AID", requires="borders border"),
             # bases and airspace opened to another's forces (CAMEO 0331, military)
             T("COOPERATE", requires="base bases airbase airspace", on_object=True)),
    "reverse": (T("CONCEDE", requires=RESTRICTIONS + " " + REVERSIBLE, on_object=True),),
    "rescind": (T("CONCEDE", requires=RESTRICTIONS + " " + REVERSIBLE, on_object=True),),
    # relief carried in ("flown 35 tonnes of food into Djibo", "trucked in medicine")
    "fly": (T("AID", requires=AID_RELIEF, on_object=True),),
    "airdrop": (T("AID", requires=AID_RELIEF),),
    "truck": (T("AID", requires=AID_RELIEF),),
    "ship": (T("AID", requires=AID_RELIEF),),
    "ferry": (T("AID", requires=AID_RELIEF, on_object=True),),
    "dispatch": (T("AID", requires=AID_RELIEF, on_object=True),),
    # "hacked to death with machetes" (CAMEO 1823, primitive weapons)
    "hack": (T("ASSAULT", "primitive", requires="death machete machetes"),),
    # aid frozen is aid cut off (CAMEO 163)
    "freeze": (T("SANCTION", "discontinue", requires="aid assistance funding loans contacts "
                                                    "ties relations cooperation talks "
                                                    "partnership membership"),),
    # troops leaving a country (CAMEO 0874, withdraw)
    "leave": (T("RETREAT", "withdraw", requires=MILITARY),),
    # stones and firebombs thrown at police: a riot (CAMEO 145)
    "hurl": (T("PROTEST", "riot", requires=MISSILES_THROWN, on_object=True),),
    "throw": (T("PROTEST", "riot", requires=MISSILES_THROWN, on_object=True),),

    "send": (T("MOBILIZE", "troops", requires=MILITARY + " platoon peacekeepers warships "
                                               "warship gunboats frigates destroyers patrol "
                                               "coastguard gunships"),
             T("MOBILIZE", "police", requires=POLICE, on_object=True)),
    "accept": (T("AID", requires="refugees refugee asylum-seekers seekers migrants"),
               # giving in to demands is yielding (CAMEO 08), not a new agreement
               T("CONCEDE", requires="demands demand conditions")),

    "burn": (T("PROTEST", "demo", requires="flag flags effigy effigies"),),
    # crowds filling a square ("protesters packed Tahrir Square"): a rally
    "pack": (T("PROTEST", "demo", requires="square squares", on_object=True),),
    "throng": (T("PROTEST", "demo", requires="square squares streets", on_object=True),),
    "cut": (T("RETREAT", "withdraw", requires=MILITARY), T("CONCEDE", requires=BARRIERS),
            # cutting the internet or the phones silences (CAMEO 1721)
            T("COERCE", "censor", requires="internet broadcasts broadcast signal network "
                                           "networks communications websites phone phones")),
    "reduce": (T("RETREAT", "withdraw", requires=MILITARY), T("CONCEDE", requires=BARRIERS)),
    "lower": (T("CONCEDE", requires=BARRIERS),),
    "end": (T("CONCEDE", requires=RESTRICTIONS + " strike boycott occupation"),
            # ending a mediation or a dialogue halts it (CAMEO 164, 165)
            T("SANCTION", "discontinue", requires="mediation negotiations dialogue cooperation "
                                                  "ties relations contacts")),
    "stop": (T("PROTEST", "strike", requires="work"),
             # a supplier stopping deliveries to a country (CAMEO 163, embargo)
             T("SANCTION", "discontinue", requires=SUPPLY)),
    # rockets and missiles launched (CAMEO 195), not campaigns or products launched
    "launch": (T("ASSAULT", "heavy-weapons", requires="rockets rocket missiles missile mortars "
                                                      "mortar projectiles shells",
                 on_object=True),),
    # a party or group dissolved by the state ("dissolved the opposition party", CAMEO 172)
    "dissolve": (T("COERCE", "restrict", requires="party parties group groups organisation "
                                                  "organization organisations organizations "
                                                  "association associations movement union "
                                                  "unions coalition ngo ngos charity charities "
                                                  "council", on_object=True),),
    # forces moved about ("moved additional troops to the border", CAMEO 15)
    "move": (T("MOBILIZE", "troops", requires=MILITARY + " tanks helicopters warships",
               on_object=True),
             # and arms ("moved tactical nuclear weapons to Belarus", CAMEO 1531)
             T("MOBILIZE", "weapons", requires="weapons missiles batteries warheads",
               on_object=True)),
    # force used on people: "police used tear gas to break up a blockade" (CAMEO 175)
    "use": (T("ASSAULT", requires="gas tear-gas teargas cannon cannons bullets ammunition "
                                  "batons truncheons force pepper grenades", on_object=True),),
    # a court letting the held go: "granted bail to 45 students" (CAMEO 0841)
    "grant": (T("RETREAT", "release", requires="bail parole release"),
              T("CONCEDE", requires="pardon pardons clemency amnesty")),
    # taking away a standing: "stripped 215 NGOs of their legal status" (CAMEO 172)
    "strip": (T("COERCE", "restrict", requires="status licence license licences licenses "
                                               "registration citizenship nationality immunity "
                                               "accreditation credentials seat seats"),),
    "close": (T("COERCE", "restrict", requires="border borders crossing crossings airspace "
                                               "frontier"),
              T("SANCTION", "withdraw", requires="embassy consulate")),
    "prevent": (T("COERCE", "restrict", requires="demonstration protest rally march strike "
                                                 "meeting gathering"),),
    "demolish": (T("ASSAULT", "destroy", requires="home homes house houses building buildings village "
                                     "villages shelters"),),
}

PHRASAL: dict[tuple[str, str], Trigger] = {
    # a verb with its direct object ("struck a deal"): the object decides a sense the bare
    # verb's first sense would hide ("struck" alone attacks, "withdrew" alone retreats)
    **{("strike", obj): T("AGREE") for obj in ("deal", "deals", "agreement", "accord",
                                                "bargain", "compromise", "pact", "truce")},
    # recalling one's envoy or taking back recognition reduces relations (CAMEO 161)
    **{("withdraw", obj): T("SANCTION", "withdraw") for obj in (
        "ambassador", "ambassadors", "envoy", "envoys", "recognition", "accreditation")},
    **{("hand", obj): T("RETREAT") for obj in (
        "power", "control", "authority", "territory", "city", "town", "region", "area", "base",
        "bases", "positions", "weapons", "arms", "bodies", "remains", "security",
        "responsibility")},
    **{("hand", obj): T("RETREAT", "release") for obj in (
        "prisoners", "hostages", "detainees", "captives")},
    # people handed back to their side ("handed the two farmers back to Armenia")
    ("hand", "back"): T("RETREAT", "release", requires=PRISONERS + " farmers farmer men man "
                                                       "women woman civilians people boy "
                                                       "boys girl girls children shepherds "
                                                       "fishermen bodies"),
    # hosting refugees shelters them (CAMEO 0233); hosting anyone else is a visit
    **{("host", obj): T("AID") for obj in ("refugees", "refugee", "migrants",
                                           "asylum-seekers")},
    # mobilizing money gives aid; mobilizing anyone or anything else is a show of force
    **{(verb, obj): T("AID") for verb in ("mobilize", "mobilise")
       for obj in ("funds", "funding", "money", "resources", "aid", "assistance")},
    ("call", "for"): T("REQUEST"), ("call", "on"): T("REQUEST"), ("call", "upon"): T("REQUEST"),
    ("appeal", "for"): T("REQUEST"), ("appeal", "to"): T("REQUEST"),
    ("press", "for"): T("REQUEST"), ("push", "for"): T("REQUEST"),
    # handing over supplies gives aid; handing over power, ground, arms or captives yields
    # (keyed by the object: "handed over the city", "handed power to"); a letter is neither
    ("hand", "over"): T("AID", requires=AID_OBJECTS + " vehicles ambulances million billion"), ("let", "free"): T("RETREAT", "release"),
    ("force", "out"): T("SANCTION", "expel"),
    ("walk", "off"): T("PROTEST", "strike", requires="job jobs work"),
    # "teachers stayed away from classes": a strike (the words are the "away" phrase's)
    ("stay", "away"): T("PROTEST", "strike", requires="work classes class school schools "
                                                       "lessons jobs job offices office "
                                                       "duty workplaces"), ("lay", "down"): T("RETREAT", "disarm",
                                                          requires="arms weapons"), ("roll", "back"): T("CONCEDE", requires=RESTRICTIONS + " " + REVERSIBLE),
    ("take", "in"): T("AID", requires="refugees refugee migrants asylum-seekers"), ("give", "up"): T("CONCEDE"),
    ("pull", "out"): T("RETREAT", "withdraw"),
    ("cross", "out"): T("RETREAT", "withdraw", requires=MILITARY),
    ("hand", "in"): T("RETREAT", "disarm", requires="weapons arms rifles guns ammunition"),
    ("order", "out"): T("SANCTION", "expel", requires="diplomat diplomats ambassador envoy "
                                                     "attache correspondent journalists"), ("pull", "back"): T("RETREAT", "withdraw"),
    ("draw", "down"): T("RETREAT", "withdraw"), ("scale", "back"): T("RETREAT", "withdraw",
                                                                    requires=MILITARY),
    ("step", "down"): T("RETREAT", "resign"), ("back", "down"): T("CONCEDE"),
    ("crack", "down"): T("COERCE"), ("open", "fire"): T("ASSAULT", "firearms"),
    ("walk", "out"): T("PROTEST", "boycott"), ("take", "over"): T("COERCE", "seize"),
    ("side", "with"): T("SUPPORT"), ("stand", "with"): T("SUPPORT"), ("meet", "with"): T("CONSULT"),
    ("stand", "behind"): T("SUPPORT"),
    # giving in to pressure or demands (CAMEO 08, yield)
    ("bow", "to"): T("CONCEDE", requires="pressure pressures demands demand protests calls"),
    ("yield", "to"): T("CONCEDE", requires="pressure pressures demands demand protests calls "
                                           "groups protesters"),
    ("cave", "in"): T("CONCEDE"),
    ("brush", "aside"): T("REJECT"), ("shrug", "off"): T("REJECT", requires="calls call demands "
                                                                          "demand pressure "
                                                                          "criticism appeals"),
    ("talk", "with"): T("CONSULT"), ("talk", "to"): T("CONSULT"),
    ("work", "alongside"): T("COOPERATE"),
    ("speak", "with"): T("CONSULT"), ("work", "with"): T("COOPERATE"),
    # "spoke by phone", "talked over their hotline": a call between them (CAMEO 040)
    **{(verb, prep): T("CONSULT", "phone", requires="phone telephone hotline videophone "
                                                    "videoconference teleconference video")
       for verb in ("speak", "talk") for prep in ("by", "over", "on", "via")},
    ("hand", "out"): T("MOBILIZE", "militia", requires="rifles guns weapons arms"),
    ("shut", "down"): T("COERCE", "restrict"), ("lash", "out"): T("ACCUSE", "disapprove"),
    ("fire", "on"): T("ASSAULT", "firearms"), ("fire", "at"): T("ASSAULT", "firearms"),
    ("call", "off"): T("RETREAT"), ("blow", "up"): T("ASSAULT", "explosives"),
    ("insist", "on"): T("REQUEST"), ("object", "to"): T("REJECT"),
    ("confer", "with"): T("CONSULT"),
    ("take", "to"): T("PROTEST", "demo", requires="streets street"),
    ("call", "up"): T("MOBILIZE", "troops", requires="reservists reserves reserve troops soldiers "
                                                   "conscripts"),
    ("gun", "down"): T("ASSAULT", "firearms"), ("mow", "down"): T("ASSAULT", "firearms"),
    ("round", "up"): T("COERCE", "arrest"), ("lock", "up"): T("COERCE", "arrest"),
    ("turn", "down"): T("REJECT", requires="offer offers proposal proposals request requests "
                                          "invitation plan demand demands appeal bid"),
    ("rule", "out"): T("REJECT", "meet", requires="talks dialogue negotiations negotiation "
                                                 "meeting contacts compromise concessions "
                                                 "withdrawal ceasefire truce"),
    ("back", "out"): T("REJECT"), ("walk", "away"): T("REJECT", requires="talks deal agreement "
                                                                         "negotiations accord"),
    ("speak", "out"): T("ACCUSE", "disapprove", requires="against"),
    ("rail", "against"): T("ACCUSE", "disapprove"), ("hit", "out"): T("ACCUSE", "disapprove"),
    ("cut", "off"): T("SANCTION", "discontinue", requires="aid assistance ties relations "
                                                         "supplies funding trade gas oil "
                                                         "electricity power water fuel "
                                                         "transit exports imports"),
    ("set", "fire"): T("ASSAULT"), ("set", "free"): T("RETREAT", "release"),
    ("ship", "out"): T("RETREAT", "withdraw"), ("break", "off"): T("SANCTION", "discontinue"),
}

NOUNS: dict[str, Trigger] = {
    "agreement": T("AGREE", weak=True), "deal": T("AGREE", weak=True),
    "accord": T("AGREE", weak=True), "treaty": T("AGREE", weak=True),
    "talk": T("CONSULT"), "talks": T("CONSULT"), "negotiation": T("CONSULT"),
    "discussion": T("CONSULT", weak=True),
    "meeting": T("CONSULT", weak=True), "visit": T("CONSULT", "visit"),
    "summit": T("CONSULT", "multilateral"), "mediation": T("CONSULT", "third-party"),
    "endorsement": T("SUPPORT"), "support": T("SUPPORT", weak=True),
    "backing": T("SUPPORT", weak=True),       # "voiced full backing for his government"
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
    "march": T("PROTEST", "demo"),           # "would hold fresh marches" (the noun)
    "stoppage": T("PROTEST", "strike"),      # "a work stoppage", "extend the stoppage"
    "boycott": T("PROTEST", "boycott"), "sit-in": T("PROTEST", "obstruct"),
    "walkout": T("PROTEST", "strike"),
    "sanction": T("SANCTION"), "sanctions": T("SANCTION"), "embargo": T("SANCTION"),
    # a ban on a country's trade or its people's travel (CAMEO 163, embargo)
    "ban": T("SANCTION", requires="imports import exports export trade investment sales "
                                  "flights travel"),
    "bans": T("SANCTION", requires="imports import exports export trade investment sales "
                                   "flights travel"),
    "expulsion": T("SANCTION", "expel"), "suspension": T("SANCTION", "discontinue"), "conviction": T("SANCTION", "convict"),
    "deployment": T("MOBILIZE", "troops"), "mobilization": T("MOBILIZE", "troops"),
    "mobilisation": T("MOBILIZE", "troops"),
    "impeachment": T("ACCUSE", "investigate"),
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
    "cessation": T("RETREAT", "ceasefire", requires="hostilities fighting violence operations attacks"), "release": T("RETREAT", "release", requires=PRISONERS), "warning": T("THREATEN", weak=True),
    "lawsuit": T("ACCUSE", "allege"), "warfare": T("ASSAULT", weak=True),
    "rebuke": T("ACCUSE", "disapprove"), "reprimand": T("ACCUSE", "disapprove"),
    "denunciation": T("ACCUSE", "disapprove"), "censure": T("ACCUSE", "disapprove"),
    "complaint": T("ACCUSE", "disapprove", weak=True), "indictment": T("ACCUSE", "allege"),
    "snub": T("REJECT"), "plea": T("REQUEST", weak=True),
    "solidarity": T("SUPPORT", weak=True),
    "charge": T("ACCUSE", "allege", requires="against"),    # "filed charges against X"
    "call": T("REQUEST", requires="for", weak=True),          # "renewed calls for a truce"
    "intimidation": T("THREATEN", weak=True),
    "murder": T("ASSAULT"), "shootout": T("ASSAULT", "firearms"),
    "gunfight": T("ASSAULT", "firearms"), "gunbattle": T("ASSAULT", "firearms"),
    "firefight": T("ASSAULT", "firearms"), "skirmish": T("ASSAULT"),
    "fighting": T("ASSAULT", weak=True),
    "hijacking": T("ASSAULT", "abduct"), "sabotage": T("ASSAULT", "destroy"),
    "lynching": T("ASSAULT", "beat"),
    "swap": T("RETREAT", "release", requires=PRISONERS + " prisoner"),
    "exchange": T("RETREAT", "release", requires=PRISONERS + " prisoner"),
    "blacklisting": T("SANCTION"), "annexation": T("COERCE", "seize"),
    "tariff": T("SANCTION", weak=True),
    "contribution": T("AID", requires=MONEY), "grant": T("AID", requires=MONEY),
    "disbursement": T("AID"), "bailout": T("AID"), "loan": T("AID", weak=True),
    "distribution": T("AID", requires="food aid relief supplies medicine vaccines"),
}

#: (modifier lemma, noun lemma) -> trigger: the modifier makes the noun specific.
COMPOUNDS: dict[tuple[str, str], Trigger] = {
    ("entry", "ban"): T("SANCTION"), ("visa", "ban"): T("SANCTION"),
    ("protest", "note"): T("ACCUSE", "disapprove"),
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
    ("arms", "embargo"): T("SANCTION"), ("arrest", "warrant"): T("COERCE", "arrest"),
    ("asset", "freeze"): T("SANCTION"), ("assets", "freeze"): T("SANCTION"),
    ("travel", "ban"): T("SANCTION"), ("trade", "ban"): T("SANCTION"),
    ("import", "ban"): T("SANCTION"), ("oil", "embargo"): T("SANCTION"),
    ("joint", "operation"): T("COOPERATE"), ("joint", "training"): T("COOPERATE"),
    ("joint", "investigation"): T("COOPERATE"), ("joint", "inquiry"): T("COOPERATE"),
    ("phone", "call"): T("CONSULT", "phone"), ("telephone", "call"): T("CONSULT", "phone"),
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
    "poised": "planned", "eager": "planned", "committed": "planned", "due": "planned",
    "slated": "planned", "likely": "hypothetical", "unlikely": "hypothetical",
    "unable": "negated",
}

#: "is willing to X", "is committed to opening up": a statement of intent (AGREE) whatever
#: X is, unless X harms (then the harm is a threat, coded from X itself).
INTENT_ADJECTIVES = frozenset(("willing", "ready", "prepared", "committed"))

#: Verbs that put a label on something ("called the ruling a farce", "branded the vote
#: illegal", "described the raid as an act of war").
LABELLING = frozenset(("call", "brand", "label", "term", "describe", "dub", "characterize",
                       "characterise", "declare"))
#: Labels that condemn what they are put on: calling a decision one of these is CAMEO 111
#: (criticize or denounce), PLOVER ACCUSE disapprove. Words of judgement only, never of
#: description ("called the talks constructive", "called the deaths a tragedy").
CONDEMNING_LABELS = frozenset((
    "illegal", "illegitimate", "unlawful", "unconstitutional", "unacceptable", "unjust",
    "unfair", "unfriendly", "hostile", "baseless", "groundless", "unfounded", "absurd",
    "outrageous", "shameful", "disgraceful", "irresponsible", "provocative", "arbitrary",
    "cynical", "barbaric", "barbarous", "cowardly", "criminal", "inhuman", "inhumane",
    "reckless", "racist", "discriminatory", "repressive", "undemocratic", "fraudulent",
    "rigged", "void", "motivated", "insult", "provocation", "farce", "sham", "travesty",
    "mockery", "disgrace", "betrayal", "violation", "aggression", "interference",
    "blackmail", "witch-hunt", "witchhunt", "persecution", "lie", "lies", "fabrication",
    "propaganda", "nonsense", "funeral", "mistake", "crime", "atrocity", "slap", "blow",
    "scandal", "outrage", "coup", "hypocrisy", "hypocritical", "interventionist"))

#: Verbs of answering an act, which promise retaliation when told of the future ("would
#: respond to the expulsion in a mirror manner", "will respond decisively to any attack").
RESPONDING = frozenset(("respond", "react", "reply", "answer", "reciprocate", "retort"))
#: How an answer in kind is said: the same act back ("in a mirror manner", "in kind").
IN_KIND = frozenset(("kind", "mirror", "reciprocal", "reciprocally", "symmetrical",
                     "symmetrically", "tit-for-tat", "same", "similar", "like", "equivalent"))
#: How a forceful answer is said ("would respond decisively", "with force").
FORCEFUL = frozenset(("decisively", "firmly", "harshly", "forcefully", "strongly",
                      "resolutely", "appropriately", "adequately", "proportionately",
                      "swiftly", "militarily", "force", "severely", "robustly", "accordingly",
                      "adequate", "appropriate", "proportionate", "firm", "measures",
                      "countermeasures", "retaliatory"))

#: Words of the extractor's own patterns ("remained on alert", "a state of siege").
PATTERN_WORDS = frozenset(("shutdown", "hartal", "bandh", "stay-away", "stayaway", "alert", "readiness", "siege", "emergency", "grata", "heed", "heeded", "heeds", "satisfy",
                           "satisfied", "fulfil", "fulfilled", "fulfill"))
#: Verbs that are triggers only with one of some words in their sentence (``CONDITIONED``):
#: a label of condemnation, a home stayed in, a future answer.
FUTURE_WORDS = frozenset(("will", "would", "shall", "'ll", "wo", "vow", "vowed", "vows",
                          "pledged", "promised", "threatened"))
CONDITIONED: dict[str, frozenset[str]] = {
    **{verb: CONDEMNING_LABELS for verb in LABELLING},
    "stay": frozenset(("home",)),
    "bar": frozenset(("leaving", "travelling", "traveling", "entering", "running", "standing",
                      "contesting", "leave", "travel", "enter")),
    **{verb: FUTURE_WORDS for verb in RESPONDING},
    # "allowed French troops to use the airports": bases lent (see extract.BASES_LENT)
    **{verb: frozenset(("base", "bases", "airbase", "airbases", "airport", "airports",
                        "airfield", "airfields", "airspace", "port", "ports", "territory",
                        "facilities", "runway", "runways"))
       for verb in ("allow", "permit", "let")},
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
    "freeze": ("froze", "frozen"), "leave": ("left",), "throw": ("threw", "thrown"), "break": ("broke", "broken"), "draw": ("drew", "drawn"),
    "speak": ("spoke", "spoken"), "begin": ("began", "begun"), "go": ("went", "gone"),
    "sever": ("severed",), "slam": ("slammed", "slamming"), "ban": ("banned", "banning"),
    "cut": ("cut", "cutting"), "plan": ("planned", "planning"), "step": ("stepped", "stepping"),
    "ally": ("allied", "allies"), "shell": ("shelled", "shelling"),
    "overrun": ("overran",), "retake": ("retook", "retaken"),
    "slay": ("slew", "slain"), "stand": ("stood",), "hit": ("hit", "hitting"), "mow": ("mown",),
    "swear": ("swore", "sworn"), "fly": ("flew", "flown", "flies"), "ship": ("shipped",),
    "bar": ("barred",), "free": ("freed",), "lay": ("laid",), "blow": ("blew", "blown"),
    "undertake": ("undertook", "undertaken"), "forgive": ("forgave", "forgiven"), "find": ("found",), "lend": ("lent",), "set": ("set",), "write": ("wrote", "written"),
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


#: Verbs that expel when what is ordered is to leave ("ordered two diplomats to leave the
#: country"): triggers only in a sentence that also holds "leave" (``events.candidates``).
ORDER_TO_LEAVE = ("order", "tell", "instruct")


def trigger_forms() -> frozenset[str]:
    """Lower-cased token texts that can signal an event on their own: the fast path parses
    the sentences holding one of them (or a ``phrasal_forms`` pair), so every lexicon entry
    must be reachable from here or from there."""
    words = set(own_trigger_forms())
    for lemma in CONDITIONED:
        words |= inflections(lemma)
    return frozenset(words - AMBIGUOUS_FORMS)


@functools.lru_cache(maxsize=1)
def own_trigger_forms() -> frozenset[str]:
    """The trigger forms of the table's entries and patterns, without the ``CONDITIONED``
    verbs' (those are triggers only with a companion word; ``events.candidates``)."""
    words: set[str] = {"must", "should"}         # "X said Y must ..." is a demand
    words |= INTENT_ADJECTIVES                    # "is willing to ...": intent
    words |= PATTERN_WORDS
    for lemma in (*VERBS, *MORE_SENSES, *INTENT_VERBS, *ORDER_TO_LEAVE,
                  "refuse", "fail", "decline"):
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


#: How a REQUEST is made. CAMEO keeps apart the appeal (02: "called on", "urged", "asked",
#: "appealed") and the demand (10: "demanded", "insisted on", "pressed", "summoned", "X
#: must ..."); PLOVER merges them into REQUEST, and the difference decides the CAMEO root
#: and class. The appeal words are listed; anything else that makes a REQUEST is a demand.
APPEALING = frozenset(("urge", "ask", "appeal", "call", "plead", "implore", "petition",
                       "request", "beg", "beseech", "entreat", "exhort", "lobby", "seek", "push",
                       "plea", "encourage", "invite"))
DEMANDING = frozenset(("demand", "insist", "press", "pressure", "summon", "ultimatum"))

_FORCE_FORMS: dict[str, str] = {}


def request_force(trigger: str | None) -> str | None:
    """"appeal" or "demand" for the trigger words of a REQUEST ("called for", "urged",
    "demanding", "an appeal"); None without trigger words. Words the lexicon does not know
    as an appeal are a demand: the REQUESTs they make come from demand verbs or from the
    "X said Y must ..." pattern, whose trigger is the verb under "must"."""
    if not trigger:
        return None
    if not _FORCE_FORMS:
        for lemma in APPEALING:
            for form in inflections(lemma) | inflections(lemma, noun=True):
                _FORCE_FORMS.setdefault(form, "appeal")
        for lemma in DEMANDING:
            for form in inflections(lemma) | inflections(lemma, noun=True):
                _FORCE_FORMS[form] = "demand"
    words = trigger.lower().replace("...", " ").split()
    if not words:
        return None
    return next((_FORCE_FORMS[w] for w in words if w in _FORCE_FORMS), "demand")
