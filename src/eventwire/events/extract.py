"""Clause -> Event: trigger, PLOVER type and mode, source, target, modality, negation.

Reads one parsed sentence of a document's Doc and the document context (actors, dates,
attribution memory). Rules, in short:

* a trigger is a verb (with its particle: "called for"), or an event noun ("airstrike");
* a verb's source is its subject (passive: the "by" agent), its target its object or the
  object of "on/against/toward/from/at/with"; a subject-less verb (participle, infinitive,
  conjunct) takes the subject of the clause it hangs on ("approved a bill, demanding ...").
  When those say nothing, the target is read from: whom a demand is made of ("demanded that
  the US cancel"), what the object bears on ("lifted a ban on X", "$3 million in aid to X"),
  what a threat or promise is about ("threatened to cut off electricity to X"), whom help is
  for ("sent aid to help X"), the other half of a joint subject for reciprocal acts ("X and Y
  agreed", "Hungarian and Romanian officials met"), or, for a show of force, the place
  ("remained on alert in the West Bank"). A participle speaks for the noun it describes
  ("demonstrators protesting") or for the author of a message ("issued a statement urging");
  "X is opposed to Y" is X's stance;
* conventions of CAMEO coders for what a clause leaves unsaid: a passive arrest or
  deportation is by the state of the place ("was arrested in Rwanda"), a bomb nobody claims is
  by the place's unnamed attackers, people of no said nationality are the people of the place,
  a curfew or an emergency falls on the people of the place; whoever claims responsibility
  for an act told with its target is its source;
* a noun's source is its modifier ("US airstrike"), possessor, or "by X", or the subject of
  the light verb that has it as object ("launched an attack"); a modifier that names a weapon
  or a nationless role ("cruise-missile attack", "troop withdrawal") gives way to the one who
  launched it, a capital as modifier is a place ("the Ankara attack"); nouns without any actor
  are mentions of something already told ("the January assassinations") and are not events;
  what one fails or refuses to reach is part of the refusal ("failed to reach an agreement");
* what an event verb demands, threatens or rejects is part of that event, not another one
  ("vowed to avenge" is one THREATEN, "called for the withdrawal" one REQUEST);
* an infinitive of purpose ("formed to fight") is no event, unless it is a meeting, a
  concession, an aid or an accusation the main verb does not itself tell ("received the
  ambassador to discuss ties");
* an act of cooperation announced for the future ("will provide aid", "is willing to
  withdraw", "said it would release") is also a statement of intent, an AGREE (CAMEO 03);
  announced as not to be done ("will not release"), a REJECT; the act itself stays, planned;
* one act is one event: "shelled the town, killing 12" is one ASSAULT, "lifted the
  blockade" no COERCE (what a protest demands stays a REQUEST), and a sentence that tells
  the same type twice with nothing to tell them apart keeps one event;
* what a relative clause says of a participant ("Macedonia, which is preparing an
  offensive") and what someone is accused of ("suspected of bombing") are background, not
  events told as fact; so are an event retold in a time clause ("hours before the agreement
  was signed") or as a detail ("the missiles were fired from ..."), the cause an act follows
  ("surrendered following a government offensive"), a recurring practice ("annual summits"),
  a count over a year or more ("8,400 people were killed ... last year"), a private trip
  ("visit relatives") and a warning that only forecasts ("the number could rise");
* modality in full articles: an event noun takes the control of the infinitive that carries
  it ("is due to travel ... for talks": planned), "whether to" is hypothetical, a conjunct
  of "said it had ... and would ..." is planned; a sanction announced as decided stays a
  SANCTION (planned), a harm its actor says it could do, or ties to a condition, is a
  THREATEN;
* targets also come from: the object of the verb a purpose clause hangs on ("called X to
  apologize"), an object pronoun's antecedent ("urged him"), the author of a rejected or
  accepted proposal ("the union's demand"), the owner or place of an attacked thing ("a
  police van", "Damascus airport"), where aid goes or a visitor arrives ("to Gaza", "arrived
  in New Delhi"), and, for a judged act named by a definite noun ("condemned the
  airstrike"), the source of that act told earlier in the document (``Context.told``).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field, replace

from eventwire.actors.counterpart import not_of_it
from eventwire.actors.resolve import ANNOUNCING, STATE_UNDERGOES
from eventwire.actors.tables import knowledge_base
from eventwire.attribution import AttributionMemory, attribution_for, find_reporter
from eventwire.events import lexicon
from eventwire.events.lexicon import (COMPOUNDS, CONTROL, HYPOTHETICAL_AUX, INTENT_ADJECTIVES,
                                      CONDEMNING_LABELS, FORCEFUL, IN_KIND, INTENT_VERBS,
                                      LABELLING, RESPONDING,
                                      LIGHT_VERBS, MORE_SENSES, NOUNS, PHRASAL, PLANNED_AUX,
                                      REPORTING, VERBS, T, Trigger)
from eventwire.model import Actor, DateRef, Event, Place
from eventwire.quantities import quantities_in
from eventwire.syntax import DASHES, clause_verb, doc_ents, has_subject
from eventwire.when import event_date

SUBJ = ("nsubj", "csubj")
TARGET_PREPS = ("on", "against", "toward", "towards", "at", "upon", "into", "with", "from",
                "over")
#: Types whose outer verb swallows the event it governs ("urged X to withdraw").
ABSORBING = frozenset(("REQUEST", "THREATEN", "AGREE", "SUPPORT", "ACCUSE", "REJECT",
                       "SANCTION"))
_AGREE, _REJECT, _REQUEST = T("AGREE"), T("REJECT"), T("REQUEST")
_STRIKE, _ALERT = T("PROTEST", "strike"), T("MOBILIZE", "troops")
_STATE_OF_SIEGE = T("COERCE", "martial-law")   # CAMEO 1724: state of emergency, martial law
#: A protest a government lodges with another: CAMEO's formal complaint (111), not a march.
_DIPLOMATIC_PROTEST = T("ACCUSE", "disapprove")
#: Verbs by which a protest is lodged ("lodged a formal protest with Beijing"): the formal
#: ones, and those that need a "with"/"to" party to make the protest a diplomatic one.
LODGING_FORMALLY = frozenset(("lodge", "file", "register", "deliver", "submit"))
LODGING = LODGING_FORMALLY | {"hand", "send", "issue", "make", "convey", "voice"}
#: "X must ...": what a demand sounds like in reported speech.
MUST = frozenset(("must", "should"))
#: A planned harmful act is announced as a threat (PLOVER codes intent to harm as THREATEN).
PLANNED_HARM = {"ASSAULT": "violence", "COERCE": "restrict", "SANCTION": "restrict"}
#: Objects that turn a trigger verb into an idiom that is no event.
NOT_MET = {"meet": frozenset(("demand", "requirement", "target", "deadline", "need", "criterion",
                              "condition", "standard", "expectation", "goal", "obligation",
                              "challenge", "cost", "threshold", "end", "fate", "quota")),
           "fight": frozenset(("corruption", "poverty", "disease", "crime", "fire", "virus",
                               "pandemic", "inflation", "climate", "hunger", "case", "charge",
                               "epidemic", "outbreak", "ebola", "malaria", "cholera", "aids",
                               "hiv", "famine", "drought", "locust", "locusts", "flood",
                               "floods", "wildfire", "wildfires", "blaze", "fraud",
                               "extradition", "deportation", "eviction", "ruling", "decision",
                               "battle")),
           "attack": frozenset(("problem", "issue", "proposal", "plan", "idea", "policy")),
           # visiting one's kin, friends or a grave is a private trip, no political visit
           "visit": frozenset(("relative", "relatives", "family", "families", "friend",
                               "friends", "parent", "parents", "child", "children", "grave",
                               "graves", "home", "homes", "hometown", "village", "tomb",
                               "shrine", "museum", "beach", "grandparent", "grandparents",
                               "kin", "sibling", "siblings", "mother", "father", "son",
                               "daughter", "wife", "husband", "doctor", "dentist", "shop",
                               "shops", "market", "restaurant", "tourist", "tourists"))}
#: Warnings whose content is a forecast about a measure or a condition ("warned that the
#: number could rise", "warned of famine") threaten no one: CAMEO codes them as statements.
FORECAST_SUBJECTS = frozenset((
    "number", "toll", "figure", "figures", "count", "tally", "total", "price", "prices",
    "cost", "costs", "level", "levels", "rate", "rates", "inflation", "temperature",
    "temperatures", "weather", "situation", "crisis", "shortage", "shortages", "famine",
    "hunger", "drought", "flood", "floods", "flooding", "storm", "outbreak", "epidemic",
    "disease", "economy", "growth", "demand", "supply", "supplies", "stock", "stocks",
    "death", "deaths", "casualties", "damage", "losses", "water", "rain", "rains", "river",
    "rivers", "conditions", "condition", "harvest", "production",
    "output", "debt", "deficit", "unemployment", "market", "markets", "currency"))
FORECAST_VERBS = frozenset((
    "rise", "increase", "climb", "grow", "worsen", "deteriorate", "fall", "drop", "decline",
    "reach", "exceed", "top", "double", "triple", "soar", "surge", "spread", "persist",
    "last", "continue", "remain", "hit", "spike", "swell", "mount", "jump", "plunge", "slow",
    "shrink", "collapse", "run", "become", "get", "worsen", "escalate"))
#: What a warning "of" names when it is a hardship, not someone's act ("warned of famine").
FORECAST_NOUNS = FORECAST_SUBJECTS - {"number", "figure", "figures", "demand"}
MEANS_PREPS = ("in", "by", "with", "through", "during", "via")
#: Verbs of giving in to what was asked ("met the demands", "heeded the call").
COMPLY = frozenset(("meet", "heed", "satisfy", "fulfil", "fulfill"))
DEMANDS = frozenset(("demand", "request", "call", "condition", "appeal", "ultimatum"))
#: "suspected of blowing up", "arrested for collaborating": what someone is accused or
#: punished for is an allegation inside another event, not an event told as fact.
ALLEGING = frozenset(("suspect", "accuse", "charge", "convict", "arrest", "jail", "detain",
                      "sentence", "blame", "indict", "try", "imprison", "prosecute", "punish",
                      "fine", "execute", "guilty", "responsible", "blame"))
#: Who riots: protesters and crowds, whose attacks on property are a violent protest.
RIOTERS = frozenset(("protester", "protesters", "demonstrator", "demonstrators", "rioter",
                     "rioters", "crowd", "crowds", "mob", "mobs", "marcher", "marchers",
                     "youths", "youth", "supporters", "students"))
#: What rioters destroy or burn (CAMEO 145).
DAMAGING = frozenset(("set", "burn", "torch", "smash", "vandalize", "vandalise", "loot",
                      "ransack", "storm", "destroy", "damage"))


def _people_taken(verb, source: Actor | None) -> bool:
    """Whether a seizure takes people and is done by no state: "gunmen seized two Italian
    aid workers" is an abduction; "police seized three suspects" stays a state's act."""
    obj = _child(verb, "dobj", "nsubjpass")
    if obj is None or _lemma(verb) not in ("seize", "capture", "grab", "snatch"):
        return False            # (not "takes over 7000 employees": a firm's purchase)
    if not any(w in PEOPLE_WORDS or w in SEIZED_PEOPLE for w in (obj.lower_, _lemma(obj))):
        return False
    return source is None or source.sector in (None, "REB", "CVL") and \
        source.kind not in ("country", "government", "institution")


#: People whose seizure by armed men is a kidnapping.
SEIZED_PEOPLE = frozenset(("workers", "worker", "tourists", "tourist", "backpackers",
                           "geologists", "engineers", "journalists", "journalist",
                           "missionaries", "hostages", "passengers", "foreigners",
                           "nationals", "villagers", "students", "girls", "boys", "children",
                           "employees", "crew", "sailors", "fishermen", "pilgrims"))


def _rioting(f: Found, source: Actor | None, target: Actor | None) -> bool:
    """"Protesters set fire to police vehicles", "crowds torched a bank": property attacked
    by protesters or a crowd is a riot (CAMEO 145, PLOVER PROTEST riot). Not when people
    are hit ("protesters beat a policeman" stays an attack)."""
    if f.nominal or source is None or _lemma(f.token) not in DAMAGING:
        return False
    if not {w.lower().strip(".,") for w in source.text.split()} & RIOTERS:
        return False
    if any(_lemma(t) in ("kill", "injure", "wound", "die", "hurt") for t in f.token.sent):
        return False        # "two officers were killed when a crowd set fire to the post"
    if target is None or target.kind == "place":
        return True
    last = target.text.split()[-1].lower().strip(".,")
    if _lemma(f.token) in ("storm", "ransack", "loot") and \
            target.kind not in ("person", "people") and last not in PEOPLE_WORDS:
        return True         # "stormed Congress": the building
    return target.kind not in ("person", "country", "government", "people") \
        and last not in PEOPLE_WORDS and knowledge_base().sector_for_role(last) is None


#: Whoever is meant by a rule or a warning: what they do in a relative clause is its
#: condition, not an event ("anyone who blocked roads would be arrested").
ANYONE = frozenset(("anyone", "anybody", "whoever", "everyone", "everybody", "all"))
#: Verbs of lacking what aid would give ("need humanitarian assistance").
NEEDING = frozenset(("need", "require", "lack", "await", "depend", "rely"))
#: Acts that punish someone for something they did ("jailed for protesting").
PUNISHING = frozenset(("arrest", "jail", "detain", "sentence", "imprison", "prosecute",
                       "punish", "fine", "convict", "charge", "hold", "fire", "dismiss",
                       "expel", "suspend"))
#: Acts of cooperation that, announced for the future ("will provide", "is willing to
#: withdraw", "said it would release"), are statements of intent: CAMEO 03, PLOVER's AGREE.
INTENDED_COOPERATION = frozenset(("AID", "RETREAT", "CONCEDE", "COOPERATE", "CONSULT",
                                  "SUPPORT"))
#: Control verbs that plan or decide without announcing a commitment to another party
#: ("decided to ease the curfew" is the easing, told ahead).
NOT_INTENT = frozenset(("decide", "expect", "hope", "want", "aim", "try", "attempt", "seek",
                        "due", "slated", "likely", "unlikely",
                        "go", "be", "schedule", "propose", "set", "prepare", "consider"))
#: Modalities under which an act is only announced, not done.
INTENT_MODALITIES = frozenset(("planned",))
#: "declined to comment" is no refusal of anything: CAMEO codes it as a statement.
#: What one can fail to do that is an act of cooperation left undone (CAMEO's refusals and
#: rejections: "failed to reach an agreement", "failed to heed the warnings"); failing to
#: win, pass or resonate is no one's rejection of anyone.
FAILED_COOPERATION = frozenset((
    "reach", "agree", "comply", "heed", "honor", "honour", "uphold", "respect", "implement",
    "keep", "deliver", "fulfil", "fulfill", "abide", "resolve", "settle", "renew", "ratify",
    "approve", "accept", "recognize", "recognise", "release", "withdraw", "protect", "stop",
    "prevent", "curb", "halt", "end", "investigate", "prosecute", "punish", "act", "respond",
    "cooperate", "negotiate", "meet", "pay", "return", "lift", "ease", "allow", "permit",
    "condemn", "apologize", "apologise", "disarm", "demobilize", "hand", "extradite"))

#: Nouns that opinion polls measure ("national support for the senator at 2 percent"), and
#: the words that show a sentence is about a poll: a share of opinion, not anyone's act.
POLL_NOUNS = frozenset(("support", "backing", "approval", "opposition", "disapproval"))
POLL_WORDS = frozenset(("poll", "polls", "polling", "survey", "surveys", "percent", "%", "cent",
                        "pollster", "pollsters"))

#: Verbs whose subject tells of, sees or records an act named by their object ("Reuters
#: reported Monday's attack", "activists described the attack"): not the one who did it.
TELLING = frozenset((
    "say", "tell", "report", "write", "note", "explain", "indicate", "suggest", "believe",
    "argue", "quote", "cite", "allege", "contend", "stress", "insist", "add", "assert",
    "describe", "cover", "document", "witness", "see", "watch", "film", "record",
    "label", "term", "dub", "mention", "recount", "detail", "publish", "broadcast", "air",
    "televise", "photograph", "hear", "remember", "recall", "mourn", "commemorate", "mark",
    "discuss", "analyse", "analyze", "monitor", "track", "verify", "study", "predict",
    "expect", "fear", "anticipate", "blame",
    # causes: "the arrest sparked protests" (the protesters are someone else)
    "spark", "trigger", "prompt", "provoke", "cause", "fuel", "ignite", "unleash", "inspire",
    "draw",
    # judgements: "the ministry characterized the attack as a violation of sovereignty"
    "characterize", "characterise", "portray", "regard", "deem", "view", "brand"))
#: Verbs whose subject receives what their object names, from the one in their "from"
#: phrase ("Interpol received arrest warrants from Iran").
RECEIVING = frozenset(("receive", "get", "obtain", "accept"))
#: ... and what is received is meant for them (aid, support, a request, a threat; not an
#: arrest warrant passed on to Interpol).
RECEIVED_TYPES = frozenset(("AID", "SUPPORT", "REQUEST", "THREATEN", "COOPERATE", "AGREE",
                            "CONCEDE", "ACCUSE", "REJECT", "SANCTION"))
#: Verbs whose subject undergoes the act named by their object ("the convoy survived an
#: attack", "the base came under fire" aside): its target, not its source.
UNDERGOING = frozenset(("suffer", "survive", "endure", "withstand", "escape", "face",
                        "experience", "sustain", "undergo"))

#: Objects that give a verb another sense than its event: what is met, captured or
#: attacked here is a target date, a mood or a decision (None: no event; else the event).
_ABSTRACT = ("decision", "move", "policy", "plan", "proposal", "proclamation", "law", "bill",
             "remark", "remarks", "comment", "comments", "statement", "speech", "report",
             "claim", "claims", "idea", "stance", "approach", "record", "budget",
             "deal", "agreement", "ruling", "verdict", "announcement", "strategy", "rhetoric")
OBJECT_SENSES: dict[tuple[str, str], tuple[str, ...] | None] = {
    **{("meet", w): None for w in (
        "deadline", "target", "goal", "requirement", "criterion", "criteria", "standard",
        "expectation", "need", "quota", "threshold", "cost", "challenge", "end", "fate",
        "death")},
    **{("capture", w): None for w in (
        "arrival", "moment", "image", "footage", "scene", "attention", "imagination", "heart",
        "mood", "essence", "spirit", "title", "championship", "medal", "vote", "share",
        "market", "headline", "headlines")},
    **{(v, w): ("ACCUSE", "disapprove") for v in ("attack", "assail") for w in _ABSTRACT},
    # fighting a war or an insurgency is the background of a story, not one act in it
    # ("the army has been fighting a jihadist insurgency since 2015")
    **{(v, w): None for v in ("fight", "wage") for w in (
        "insurgency", "war", "rebellion", "insurrection", "conflict", "civil war")},
}

#: What a defendant pleads ("pleaded not guilty"): a plea in court, not an appeal.
PLEAS = frozenset(("guilty", "innocent", "innocence", "insanity", "contest", "nolo"))

NO_COMMENT = frozenset(("comment", "elaborate", "speculate", "respond", "say", "confirm",
                        "discuss", "give", "provide", "reply", "answer", "disclose", "reveal",
                        "identify", "name", "detail", "specify"))
#: Denying or rejecting an accusation is CAMEO's "deny responsibility" (a statement), not a
#: rejection of a request or offer.
ACCUSATION_WORDS = frozenset(("accusation", "charge", "allegation", "criticism",
                              "responsibility", "involvement", "wrongdoing", "complicity"))
DISMISSING = frozenset(("reject", "deny", "dismiss", "refute", "rebuff"))
#: Verbs whose "in/on/for" object is an event their subject takes part in ("went on strike",
#: "participate in war games", "joined X for talks", "remained on alert").
TAKE_PART = frozenset(("go", "participate", "take", "join", "engage", "remain", "stay", "be",
                       "put", "place", "keep", "gather", "meet", "sit"))
#: Purpose infinitives that are events of their own when the main verb is none ("received
#: the ambassador to discuss ties", "sent experts to investigate"); an accusation is one
#: even under another event ("summoned the ambassador to complain").
PURPOSE_EVENTS = frozenset(("CONSULT", "CONCEDE", "ACCUSE", "AID", "COOPERATE"))
NEGATING_CONTROL = frozenset(("refuse", "fail", "decline"))
#: Verbs of holding back from an act ("refrain from attacking", "avoid clashing").
ABSTAINING = frozenset(("refrain", "abstain", "desist", "avoid"))
DENY = frozenset(("deny", "dismiss"))
#: Adverbs that turn a clause into hearsay without a reporting verb.
HEARSAY = frozenset(("reportedly", "allegedly", "purportedly", "apparently", "supposedly"))
#: "of X" after these nominal types names the one acted on; otherwise the one acting.
OF_IS_TARGET = frozenset(("ASSAULT", "COERCE", "SANCTION", "ACCUSE", "REJECT", "SUPPORT"))
#: Event nouns whose "of X" is the one handed over ("the extradition of X").
PATIENT_OF = frozenset(("extradition", "handover", "repatriation", "release", "deportation",
                        "expulsion", "arrest", "detention", "transfer"))
#: Harm that befalls a person, whose possessor is that person ("Nabil's murder", "his
#: arrest"), unlike a state's act ("Russia's arrest of the activist").
SUFFERED = frozenset(("murder", "killing", "assassination", "death", "kidnapping", "abduction",
                      "arrest", "detention", "execution", "torture", "rape", "beating",
                      "lynching", "imprisonment", "jailing", "disappearance", "deportation",
                      "expulsion", "shooting", "stabbing", "injury", "wounding", "capture"))


def _a_person(tok, actor) -> bool:
    """Whether a possessor is one person (a name the model calls a person, a person of the
    tables, "his"/"her"), not a state or a group that acts."""
    if actor.kind == "person" or tok.ent_type_ == "PERSON":
        return True
    if actor.country is None and actor.sector is None and tok.pos_ == "PROPN":
        return True                    # a name nothing else knows: "Nabil's murder"
    if tok.tag_ == "NN" and actor.kind in ("role", None) and actor.sector not in (
            "GOV", "MIL", "REB", "IGO"):
        return True                    # "the journalist's killing", not "the army's"
    return tok.lower_ in ("his", "her")


#: Types whose direct object is the source's own forces, not a target.
OWN_FORCES_TYPES = frozenset(("RETREAT", "MOBILIZE"))
#: Types whose "to X" / "for X" names the one the event is meant for.
TO_TARGET_TYPES = frozenset(("SUPPORT", "AID", "REQUEST", "CONCEDE", "COOPERATE", "THREATEN"))
#: The mode of a THREATEN by the type of what is threatened ("threatened to attack").
THREAT_MODES = PLANNED_HARM
#: The mode of a REQUEST / REJECT by the type of what is asked for or refused.
REQUEST_MODES = {"RETREAT": "yield", "CONCEDE": "yield", "CONSULT": "meet", "AID": "assist",
                 "COOPERATE": "assist"}


@dataclass
class Context:
    """What the extractor knows about the document around the sentence."""

    doc_id: str
    doc_ref: str
    doc_actors: object | None = None          # eventwire.actors.resolve.DocActors
    dates: list[DateRef] = field(default_factory=list)
    memory: AttributionMemory = field(default_factory=AttributionMemory)
    locate: object | None = None               # eventwire.where.locate
    #: the events of the document's earlier sentences ("condemned the airstrike": that one)
    told: list = field(default_factory=list)
    #: the publication date (YYYY-MM-DD), when known
    published: str | None = None


@dataclass
class Found:
    """A matched trigger before it becomes an Event."""

    token: object
    trigger: Trigger
    nominal: bool
    words: list = field(default_factory=list)  # the trigger's tokens (verb + particle ...)
    inner: "Found | None" = None               # the event it governs (absorbed)
    means: "Found | None" = None               # "assassination ... in an airstrike"
    negated_by_control: bool = False
    control_modality: str | None = None
    control_lemma: str | None = None            # the verb that set it ("decided", "plans")
    demander: object | None = None             # "X said Y must ...": the verb X is subject of
    folded: bool = False                        # only the content or condition of another
    caller: "Found | None" = None              # "X urged supporters to strike": X's appeal
    actor: Actor | None = None                  # the source its event was given


# -- trigger matching --------------------------------------------------------------------

#: Forms the model's rule lemmatizer gets wrong where it matters ("staged" -> "stag", a verb
#: of its index, as "-ed" is stripped before "-d").
LEMMA_FIXES = {"staged": "stage", "stages": "stage", "staging": "stage"}


def _lemma(tok) -> str:
    fixed = LEMMA_FIXES.get(tok.lower_)
    if fixed is not None and tok.pos_ in ("VERB", "AUX"):
        return fixed
    return (tok.lemma_ or tok.text).lower()


def _object_words(verb) -> set[str]:
    """The words of what a verb acts on: its objects and prepositional phrases, but not the
    clauses of other acts a preposition introduces ("cut costs by shutting off deliveries")."""
    words: set[str] = set()
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "pobj", "prep", "dative",
                          "xcomp", "ccomp", "npadvmod", "prt"):    # ("handed in their weapons")
            skip = {c.i for c in child.children if c.dep_ == "pcomp" and c.tag_ == "VBG"} \
                if child.dep_ == "prep" else set()
            for t in child.subtree:
                if skip and any(a.i in skip for a in [t, *t.ancestors] if a.i != child.i):
                    continue
                words.add(t.lower_)
                words.add(_lemma(t))
    return words


#: Verbs of letting someone do something ("let X visit", "made them leave").
PERMITTING = frozenset(("let", "allow", "permit", "help", "make"))
#: Nouns of the manner of an act ("with great courage"), never a party to it.
MANNER_NOUNS = frozenset(("courage", "bravery", "determination", "valour", "valor", "honour",
                          "honor", "dignity", "skill", "heroism", "resolve", "vigour", "vigor",
                          "ferocity", "intensity", "passion"))
#: The press one speaks to in an interview, not a party one consults.
PRESS = frozenset(("reporter", "reporters", "journalist", "journalists", "radio", "station",
                   "television", "broadcaster", "newspaper", "media", "press", "agency",
                   "channel", "outlet", "network", "podcast", "audience", "crowd",
                   "supporter", "supporters"))


#: People one state hands to another for trial (an extradition in all but name).
WANTED_PEOPLE = frozenset(("suspect", "suspects", "trafficker", "traffickers", "militant",
                           "militants", "fugitive", "fugitives", "commander", "commanders",
                           "lord", "kingpin", "mastermind", "terrorist", "terrorists",
                           "criminal", "criminals", "leader", "leaders", "member", "members"))


def _fugitive_handed(tok) -> bool:
    """"handed over a suspected cocaine trafficker to U.S. agents", "handed Ramzi Yousef to
    the United States", "handed over a former commander to the war crimes tribunal": a wanted
    person given to another state or a court (not prisoners freed, not power handed over)."""
    if _lemma(tok) in ("turn", "surrender", "transfer") and not any(
            c.dep_ == "prt" and c.lower_ == "over" for c in tok.children):
        return False
    obj = _child(tok, "dobj")
    if obj is None or _recipient(tok) is None:
        return False
    named = obj.pos_ == "PROPN" and obj.ent_type_ == "PERSON"
    suspected = any(c.dep_ in ("amod", "compound") and c.lower_ in ("suspected", "wanted",
                                                                   "alleged", "accused")
                    for c in obj.children)      # "14 suspected al Qaeda members"
    return named or suspected or obj.lower_ in WANTED_PEOPLE or _lemma(obj) in WANTED_PEOPLE


#: People who strike for pay, whom "striking" describes rather than hits.
STRIKING_PEOPLE = frozenset(("miner", "miners", "worker", "workers", "teacher", "teachers",
                             "doctor", "doctors", "nurse", "nurses", "employee", "employees",
                             "driver", "drivers", "dockworker", "dockworkers", "pilot",
                             "pilots", "student", "students", "staff", "servant", "servants",
                             "farmer", "farmers", "trucker", "truckers", "lecturer",
                             "lecturers", "journalist", "journalists"))


def _pledged_money(tok) -> bool:
    """"pledged billions of marks to help Moscow build housing": money given (AID), with what
    it is for, not a promise to act."""
    obj = _child(tok, "dobj")
    words = set(lexicon.MONEY.split()) | {"aid", "assistance"}
    return obj is not None and (obj.lower_ in words or _lemma(obj) in words)


def _recipient(tok):
    """The object of the verb's "to" ("handed X to the United States")."""
    for c in tok.children:
        if c.dep_ in ("prep", "dative") and c.lower_ == "to":
            return _child(c, "pobj")
    return None


#: What troops leave when they withdraw ("left the town", "left their bases").
LEFT_PLACES = frozenset(("country", "town", "city", "region", "province", "area", "territory",
                         "base", "bases", "barracks", "village", "zone", "enclave", "island",
                         "capital", "border", "positions", "position", "camp", "district"))
#: Verbs and nouns of stopping an act: the act stopped is no event of its own.
HALTING = frozenset(("halt", "stop", "cease", "suspend", "end", "renounce", "abandon"))
HALTED_NOUNS = frozenset(("cessation", "halt", "suspension", "end", "renunciation"))
#: Verbs by which a measure is put in place ("imposed a ban on imports").
IMPOSING = frozenset(("impose", "order", "announce", "slap", "introduce", "extend", "declare",
                      "enact", "issue", "approve", "put", "place", "adopt", "decree"))
#: What a state lets another's forces use ("allowed U.S. forces to use two air bases").
BASES_LENT = lexicon.CONDITIONED["allow"]
#: Forces a leader orders somewhere ("ordered an aircraft carrier to the Gulf").
ORDERED_FORCES = frozenset(lexicon.MILITARY.split()) | frozenset((
    "carrier", "carriers", "warships", "warship", "battalions", "reinforcements", "tanks",
    "divisions", "division", "brigades", "regiments", "paratroopers", "marines", "guard",
    "guards"))


def _forces_sent(tok) -> bool:
    """"ordered ten army battalions to the border", "ordered more troops into the region":
    forces as the object and a destination; never a control verb's object ("ordered troops
    to withdraw", which is the withdrawal)."""
    obj = _child(tok, "dobj")
    if obj is None:
        return False
    heads = [obj, *obj.conjuncts]
    heads += [w for h in heads if (w := _of_whole(h, True)) is not None]  # "thousands of troops"
    if not any(_lemma(h) in ORDERED_FORCES or h.lower_ in ORDERED_FORCES for h in heads):
        return False
    ways = [*tok.children, *obj.children]
    ways += [g for c in tok.children if c.dep_ == "advmod" for g in c.children]  # "north to Gulu"
    return any(c.dep_ == "prep" and c.lower_ in ("to", "into", "onto", "toward", "towards")
               for c in ways)


#: Things, not actors, that "threaten" ("the crisis threatened to spread").
THREATENING_THINGS = frozenset(("crisis", "violence", "conflict", "war", "fighting", "unrest",
                                "situation", "instability", "flood", "flooding", "storm",
                                "fire", "drought", "epidemic", "virus", "pandemic", "outbreak",
                                "inflation", "deficit", "dispute", "row", "tension", "standoff",
                                "turmoil", "chaos", "insurgency", "famine", "shortage",
                                "disease", "protest", "protests", "strike", "move", "plan"))


def match_verb(tok) -> tuple[Trigger, list] | None:
    """The trigger a verb token stands for, with the words that make it."""
    if not (tok.pos_ == "VERB" or (tok.tag_.startswith("VB") and tok.pos_ != "AUX")):
        return None
    lemma = _lemma(tok)
    xcomp = _child(tok, "xcomp")
    if xcomp is not None and _is_infinitive(xcomp):
        if lemma in INTENT_VERBS and not (lemma == "pledge" and _pledged_money(tok)):
            return _AGREE, [tok]                     # "offered to mediate"
        if lemma in NEGATING_CONTROL:
            if _lemma(xcomp) in NO_COMMENT and not any(     # "declined to comment", but
                    c.dep_ == "prep" and c.lower_ == "to" and any(    # "refused to respond
                        _lemma(g) in DEMANDS for g in c.children if g.dep_ == "pobj")
                    for c in xcomp.children):                 # to a demand" refuses it
                return None
            if lemma == "fail" and _lemma(xcomp) not in FAILED_COOPERATION:
                return None                          # "failed to win the vote"
            return _REJECT, [tok]                    # "declined to resign"
    if lemma == "warn" and _forecast_warning(tok):
        return None                                  # "warned that the number could rise"
    if lemma == "strike" and (tok.dep_ == "amod" or tok.tag_ == "VBG" and any(
            c.dep_ == "dobj" and (_lemma(c) in STRIKING_PEOPLE or c.lower_ in STRIKING_PEOPLE)
            for c in tok.children)):
        return None             # "the demands of striking tin miners": who they are
    if lemma == "back" and (tok.dep_ == "acl" or any(c.dep_ == "prt" and c.lower_ == "up"
                                                     for c in tok.children)):
        return None             # "forces backed by Russian warplanes": who they are; "back
                                # up a claim": corroborate
    if lemma == "threaten" and any(c.dep_ == "nsubj" and _lemma(c) in THREATENING_THINGS
                                   for c in tok.children):
        return None                                  # "the crisis threatened to spread"
    if lemma in DISMISSING:
        obj = _child(tok, "dobj")
        if obj is not None and _lemma(obj) in ACCUSATION_WORDS:
            return None                              # "rejected the accusations"
    if lemma in ("order", "force", "pull", "take", "knock") and any(
            c.dep_ in ("prep", "prt", "advmod") and c.lower_ == "off" and any(
                _lemma(g) == "air" for g in c.subtree) for c in tok.children):
        return T("COERCE", "censor"), [tok]           # "ordered French broadcasters off the air"
    if lemma in ("hand", "turn", "surrender", "transfer") and _fugitive_handed(tok):
        return T("COOPERATE"), [tok]                 # "handed over a suspected trafficker to
                                                     # U.S. agents": an extradition in effect
    if lemma == "leave" and tok.dep_ in ("xcomp", "ccomp") and _lemma(tok.head) not in (
            "begin", "start", "continue", "complete", "finish"):
        return None         # "ordered U.S. forces to leave", "wants foreign forces to leave":
                            # a demand or a wish, told by its own event or none
    if lemma == "leave" and (obj := _child(tok, "dobj")) is not None and not (
            obj.ent_type_ in ("GPE", "LOC", "FAC") or _lemma(obj) in LEFT_PLACES
            or obj.lower_ in LEFT_PLACES):
        return None         # "troops left 20 people dead", "left a message": no withdrawal
    if lemma in ("throw", "hurl") and tok.dep_ == "pcomp":
        return None         # "resorted to throwing stones during demonstrations": how the
                            # demonstration went, told by the demonstration
    lent = xcomp if xcomp is not None else _child(tok, "ccomp")
    if lemma in ("allow", "permit", "let") and lent is not None and _lemma(lent) == "use" \
            and (obj := _child(lent, "dobj")) is not None and (
                _lemma(obj) in BASES_LENT or obj.lower_ in BASES_LENT):
        return T("COOPERATE"), [tok, lent]           # "allowed U.S. forces to use two air
                                                     # bases": military cooperation (0331)
    if lemma == "order" and _forces_sent(tok):      # (an infinitive then is a purpose: "ordered
                                                    # troops into the province to crush ...")
        return _ALERT, [tok]                         # "ordered 4,000 more troops to the Gulf"
    if lemma in ("order", "tell", "instruct") and xcomp is not None and _lemma(xcomp) == "leave" \
            and _expelled(tok, xcomp):
        return T("SANCTION", "expel"), [tok, xcomp]   # "ordered two diplomats to leave"
    if lemma in ("lift", "ease", "end", "revoke") and (obj := _child(tok, "dobj")) is not None \
            and _lemma(obj) == "state" and any(
                _lemma(g) in ("siege", "emergency") for c in obj.children
                if c.dep_ == "prep" and c.lower_ == "of" for g in c.children):
        return T("CONCEDE"), [tok]                   # "lifted the state of siege": an
                                                     # emergency eased, not a siege raised
    if lemma == "protest" and any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.dep_ == "pobj" and g.ent_type_ in ("GPE", "ORG") for g in c.children)
            for c in tok.children):
        return _DIPLOMATIC_PROTEST, [tok]            # "the Quai d'Orsay protested to
                                                     # Tehran": a formal complaint
    if lemma == "give" and (left := _deadline_to_leave(tok)) is not None:
        return T("SANCTION", "expel"), [tok, left]    # "gave the US ambassador 72 hours to
                                                      # leave the country"
    if lemma == "use" and any(c.dep_ == "dobj" and _lemma(c) == "force" and any(
            p.dep_ == "prep" and p.lower_ == "of" for p in c.children) for c in tok.children):
        return None                                  # "will use the full force of the
                                                     # law": prosecution, not force
    if lemma in ("bar", "ban") and any(
            c.dep_ == "prep" and c.lower_ == "from" and any(
                g.dep_ == "pcomp" and _lemma(g) in KEPT_FROM for g in c.children)
            for c in tok.children):
        return T("COERCE", "restrict"), [tok]        # "barred its leader from leaving the
                                                     # country" (CAMEO 172)
    if lemma == "stay" and _stay_home_protest(tok):
        return _STRIKE, [tok]                        # "urged Ugandans to stay at home in
                                                     # protest": a general strike
    if lemma in RESPONDING:
        answer = _retaliation(tok)
        if answer is not None:
            return answer, [tok]                     # "would respond in a mirror manner"
    if lemma in LABELLING and _condemning_label(tok):
        return T("ACCUSE", "disapprove"), [tok]      # "called the ruling a farce"
    if lemma == "declare" and any(t.lower_ == "grata" for t in tok.subtree):
        return T("SANCTION", "expel"), [tok]         # "declared the envoy persona non grata"
    obj = _child(tok, "dobj", "nsubjpass")           # (CAMEO 1663: expel diplomats)
    if obj is not None and (lemma, _lemma(obj)) in OBJECT_SENSES:
        sense = OBJECT_SENSES[(lemma, _lemma(obj))]
        return (T(*sense), [tok]) if sense else None   # "met the deadline", "attacked
                                                        # the decision", "captured the mood"
    if lemma == "demonstrate" and any(c.dep_ in ("dobj", "ccomp") for c in tok.children):
        return None                                  # "it demonstrates that ...": shows
    if lemma == "plead" and any(
            c.lower_ in PLEAS or c.dep_ == "prep" and c.lower_ == "to" and any(
                _lemma(g) in ("charge", "count") for g in c.children if g.dep_ == "pobj")
            for c in tok.children):
        return None                                  # "pleaded guilty to fraud": a plea
    if lemma == "concede" and any(c.dep_ == "ccomp" for c in tok.children) and \
            _child(tok, "dobj") is None:
        return None                                  # "conceded that it played badly"
    if lemma == "fight" and _child(tok, "dobj") is None and any(
            c.dep_ == "prep" and c.lower_ == "with" and any(
                g.dep_ == "pobj" and _lemma(g) in MANNER_NOUNS for g in c.children)
            for c in tok.children) and not any(
            c.dep_ == "prep" and c.lower_ in ("against", "off") for c in tok.children):
        return None                                  # "our soldiers fought with great
                                                     # courage": how, not against whom
    if lemma in ("speak", "talk") and any(
            c.dep_ == "prep" and c.lower_ in ("to", "with") and any(
                g.dep_ == "pobj" and (_lemma(g) in PRESS or g.lower_ in PRESS)
                for g in c.children) for c in tok.children):
        return None                                  # "speaking by phone to a radio
                                                     # station": an interview
    if lemma in ("set", "let") and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "free" \
            and PHRASAL.get((lemma, "free")) and _requires_ok(VERBS["free"], tok) and (
                tok.nbor().head == tok or tok.nbor().dep_ == "amod"
                and tok.nbor().head.dep_ == "dobj" and tok.nbor().head.head == tok):
        return PHRASAL[(lemma, "free")], [tok, tok.nbor()]   # "set free 20 activists", with
                                                             # "free" read as any modifier
    for child in tok.children:
        if child.dep_ in ("prt", "prep", "dobj", "advmod", "agent") and child.i > tok.i:
            if child.lower_ == "for" and lemma == "call" and _child(tok, "dobj") is not None:
                continue            # "called a general strike for Saturday": not a call for
            if child.dep_ == "prep" and any(
                    g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") and not any(
                        c.dep_ == "prep" and c.lower_ == "of" for c in g.children)
                    for g in child.children):
                continue            # "called a shutdown on Friday": a day, not a call on
            hit, key = PHRASAL.get((lemma, child.lower_)), child
            if hit is None and child.dep_ == "dobj":
                whole = _of_whole(child)    # "handed over a number of its bases"
                if whole is not None:
                    hit, key = PHRASAL.get((lemma, whole.lower_)), whole
            if hit and (_requires_ok(hit, tok) or child.dep_ in ("advmod", "agent")
                        and hit.requires and hit.requires & {t.lower_ for t in child.subtree}):
                return hit, [tok, key]      # "stayed away from work": the adverb's words
    if lemma == "return" and _child(tok, "dobj") is not None and any(
            c.dep_ in ("prep", "prt", "advmod") and c.lower_ in ("to", "back")
            for c in tok.children):
        return T("RETREAT"), [tok]                   # "returned the paintings to Italy"
    if lemma == "agree" and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children) \
            and not any(c.dep_ in ("xcomp", "dobj") or c.dep_ == "prep" and c.lower_ in (
                "to", "on", "upon") for c in tok.children):
        return None                                  # "agreed with X that ...": an opinion
    if lemma in COMPLY:
        obj = _child(tok, "dobj")
        if obj is not None and _lemma(obj) in DEMANDS:   # "met the demands": gave in;
            if any(c.dep_ == "neg" for c in tok.children):  # "would not meet them": refused
                return T("REJECT", "yield"), [tok]
            return T("CONCEDE"), [tok]
    for hit in (VERBS.get(lemma), *MORE_SENSES.get(lemma, ())):
        if hit and _requires_ok(hit, tok):
            obj = _child(tok, "dobj")
            if obj is not None and _lemma(obj) in NOT_MET.get(lemma, ()):
                return None                          # "met the deadline" is no meeting
            return hit, [tok]
    return None


#: What a state keeps someone from doing: a travel ban, an exclusion from a vote.
KEPT_FROM = frozenset(("leave", "travel", "enter", "run", "stand", "contest", "return"))
#: Words that make staying at home a protest rather than a health rule ("stay at home to
#: avoid the virus").
PROTEST_WORDS = frozenset(("protest", "protests", "strike", "strikes", "boycott", "shutdown",
                           "stay-away", "stayaway", "defiance", "solidarity"))


def _stay_home_protest(verb) -> bool:
    """"Urged Ugandans to stay at home for three days in protest": a stay-away, CAMEO's
    general strike. Only with a protest word in the sentence; otherwise a curfew or a
    health rule."""
    home = any(c.dep_ in ("prep", "advmod") and (c.lower_ == "home" or c.lower_ == "at" and any(
        g.lower_ == "home" for g in c.children)) for c in verb.children)
    return home and any(t.lower_ in PROTEST_WORDS for t in verb.sent)


#: Answers that promise the same harm back: the mode of the act answered, as a threat.
HOSTILE_TYPES = frozenset(("ASSAULT", "COERCE", "SANCTION", "THREATEN"))


def _retaliation(verb) -> Trigger | None:
    """A promised answer to a hostile act is a threat (CAMEO 13): "Russia would respond to
    the expulsion in a mirror manner" threatens expulsions, "will respond decisively to any
    aggression" threatens force. Only what is still to come ("will", "would", or after
    "vowed to"), and only an answer to a hostile act or one said to be in kind or forceful:
    "would respond to the letter next week" is no threat."""
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll", "wo")
                 for c in verb.children) or (
        verb.dep_ == "xcomp" and _lemma(verb.head) in ("vow", "pledge", "promise", "threaten"))
    if not future or any(c.dep_ == "neg" for c in verb.children):
        return None
    answered = None
    manner: set[str] = set()
    for t in verb.subtree:              # "in a mirror manner", also when the parser hangs
        if t.dep_ == "prep" and t.lower_ in ("in", "with"):     # it on the act answered
            manner.update(w.lower_ for w in t.subtree)
    for c in verb.children:
        if c.dep_ == "advmod":
            manner.add(c.lower_)
        if c.dep_ == "prep" and c.lower_ == "to" and answered is None:
            pobj = _child(c, "pobj")
            hit = match_noun(pobj) if pobj is not None else None
            if hit is not None and hit[0].type in HOSTILE_TYPES:
                answered = hit[0]
            elif pobj is not None and _lemma(pobj) in ("aggression", "provocation",
                                                       "hostility", "escalation", "move"):
                answered = T("THREATEN")
    in_kind = bool(manner & IN_KIND) or _lemma(verb) == "reciprocate"
    if answered is None and not manner & FORCEFUL:
        return None                  # "would reply next week", "would reciprocate in kind"
                                     # with nothing hostile answered
    if answered is not None and in_kind and answered.type != "THREATEN":
        return T("THREATEN", _threat_mode(answered))
    if answered is not None and answered.type == "ASSAULT" or manner & {"militarily", "force"}:
        return T("THREATEN", "violence")
    return T("THREATEN")


def _condemning_label(verb) -> bool:
    """"Called the ruling a funeral for justice", "branded the vote illegal", "described
    the raid as an act of aggression", "called the decision politically motivated": a label
    of judgement put on what the verb names (its object, or its subject in the passive),
    and not denied ("did not call it illegal" is no condemnation)."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    labelled = _child(verb, "dobj", "nsubjpass")
    if labelled is None or labelled.lower_ in ("himself", "herself", "themselves", "itself"):
        return False
    labels = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "attr")
              or c.dep_ == "ccomp" and c.pos_ == "ADJ"]
    labels += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
               for g in c.children if g.dep_ == "pobj"]
    labels += [c for c in labelled.children if c.dep_ in ("acl", "amod") and c.pos_ == "ADJ"
               and c.i > labelled.i]        # "called the decision politically motivated"
    for label in labels:
        words = [label] + [c for c in label.children if c.dep_ in ("amod", "compound", "conj")]
        words += [g for c in label.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]     # "an act of aggression"
        if any(w.dep_ == "neg" for w in label.children):
            continue
        if any(w.lower_ in CONDEMNING_LABELS or w.lemma_.lower() in CONDEMNING_LABELS
               for w in words):
            return True
    return False


#: Verbs of undergoing a penalty, and the penalties a warner can impose.
FACING = frozenset(("face", "risk", "incur"))
PENALTIES = frozenset(("measure", "sanction", "consequence", "action", "punishment",
                       "prosecution", "arrest", "closure", "charge", "penalty", "retaliation",
                       "reprisal", "response", "fate", "treatment", "suspension", "ban"))


def _prep_object(prep):
    """A preposition's object, also where the parser took a participle-like adjective for a
    verb ("to neighbouring Kyrgyzstan": pcomp "neighbouring", its object Kyrgyzstan)."""
    pobj = _child(prep, "pobj")
    if pobj is None:
        comp = _child(prep, "pcomp")
        if comp is not None and comp.tag_ == "VBG" and comp.i == prep.i + 1:
            pobj = _child(comp, "dobj", "pobj")
    return pobj


def _conditioned(verb) -> bool:
    """"would stop exports unless the debt is paid": an act announced on a condition is a
    threat, not a decision."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "if")
                                         for m in c.children) for c in verb.children)


def _penalty_faced(comp) -> bool:
    """"X would face the same measures / legal action / consequences": a penalty the warner
    threatens, not a hardship foretold."""
    obj = _child(comp, "dobj")
    return _lemma(comp) in FACING and obj is not None and _lemma(obj) in PENALTIES


def _forecast_warning(verb) -> bool:
    """Whether a warning only forecasts a measure or a condition: its that-clause has such a
    subject or a verb of change with no one acting ("the number could rise", "prices will
    climb"), or it warns "of"/"about" a hardship ("warned of famine")."""
    comp = _child(verb, "ccomp")
    if comp is not None and _lemma(comp) == "be" and _child(comp, "acomp", "attr") is not None:
        return True                                  # "warned that the army is not ready"
    if comp is not None:
        subj = _child(comp, "nsubj", "nsubjpass")
        if subj is None:
            return False
        if subj.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or subj.pos_ == "PROPN":
            return False
        if subj.pos_ == "PRON":                      # "warned that it could spread", but
            return subj.lower_ in ("it", "this", "that") \
                and _lemma(comp) in FORECAST_VERBS and not any(    # not "warned that they
                    c.dep_ in ("dobj", "dative") for c in comp.children)   # would retaliate"
        if _lemma(subj) in FORECAST_SUBJECTS or subj.lower_ in FORECAST_SUBJECTS:
            return True
        # a warning is a threat only when the harm is the warner's own act: one done by its
        # own ("its forces would respond"), a measure ("sanctions would follow") or an act
        # ("the army would strike"); "warned that 18 million people would need food aid"
        # only foretells hardship
        if any(c.dep_ == "poss" for c in subj.children) or _lemma(subj) in OWN_MEANS \
                or subj.lower_ in OWN_MEANS:
            return False
        if _penalty_faced(comp):
            return False                             # "warned that other newspapers would
                                                     # face the same measures"
        return match_noun(subj) is None and match_verb(comp) is None
    if _child(verb, "dobj", "xcomp") is not None:
        return False                                 # "warned Israel", "warned it to stop"
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "about"):
            pobj = _child(prep, "pobj")
            if pobj is not None and (_lemma(pobj) in FORECAST_NOUNS
                                     or pobj.lower_ in FORECAST_NOUNS):
                return True
            if pobj is not None and any(
                    c.dep_ == "amod" and _lemma(c) in POSSIBLE_ADJECTIVES | PLANNED_ADJECTIVES
                    for c in pobj.children) and not any(c.dep_ == "poss" for c in pobj.children):
                return True                          # "warned of a possible attack": by
                                                     # others, foretold
    return False


#: Nouns that stand for a part or a number of what their "of" phrase names.
PART_NOUNS = frozenset(("number", "part", "some", "most", "half", "rest", "majority", "all",
                        "dozens", "hundreds", "thousands", "several", "many", "few", "one",
                        "two", "three", "handful", "portion", "share"))


def _of_whole(noun, any_form: bool = False):
    """The noun a part-or-number word stands for ("a number of its bases" -> bases); with
    ``any_form`` also by the word as written ("thousands", whose lemma is a number)."""
    if _lemma(noun) not in PART_NOUNS and not (any_form and noun.lower_ in PART_NOUNS):
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return None if prep is None else _child(prep, "pobj")


def _acted_on_words(verb) -> set[str]:
    """The words of what a verb acts on, without its prepositional phrases or indirect
    object: "returned the seized boats" (not "returned to their boats"), "sent 800 police
    officers" (not "sent the police a plan")."""
    return {w for c in verb.children if c.dep_ in ACTED_ON
            for t in c.subtree for w in (t.lower_, _lemma(t))}


#: Dependents that are what a verb acts on.
ACTED_ON = frozenset(("dobj", "nsubjpass", "appos", "npadvmod", "oprd", "attr"))


def _requires_ok(trig: Trigger, verb) -> bool:
    if trig.on_object and trig.requires:
        return bool(trig.requires & _acted_on_words(verb))
    if trig.requires is None or trig.requires & _object_words(verb):
        return True
    if trig.type == "MOBILIZE" and _child(verb, "dobj") is None or \
            (trig.type, trig.mode) == ("RETREAT", "withdraw"):
        subj = _child(verb, "nsubj")            # "30,000 Iraqi troops massed near the border",
        if subj is not None and trig.requires & {w for t in subj.subtree     # "the last
                                                 for w in (t.lower_, _lemma(t))}:  # Syrian
            return True                                             # troops left Lebanon"
    if trig.mode == "release":                       # "released 19 Christians": people
        obj = _child(verb, "dobj", "nsubjpass")
        return obj is not None and (obj.ent_type_ in ("PERSON", "NORP")
                                    or obj.ent_type_ == "" and obj.pos_ == "PROPN")
    return False


#: Offices named by what they are in charge of ("director general of military operations",
#: "head of peacekeeping operations", "minister of defence").
OFFICE_NOUNS = frozenset(("director", "directors", "general", "generals", "head", "heads",
                          "chief", "chiefs", "commander", "commanders", "minister", "ministers",
                          "secretary", "department", "ministry", "office", "division", "bureau",
                          "directorate", "undersecretary", "coordinator", "deputy"))


def _ended(tok) -> bool:
    """An event noun that is what a verb of ending ends ("ending seven years of detention",
    "put an end to the occupation" is not meant: only the verb "end")."""
    cur = tok
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and _lemma(cur.head.head) in (
            "year", "month", "week", "decade", "day"):
        cur = cur.head.head                          # "seven years of detention"
    return cur.dep_ == "dobj" and _lemma(cur.head) == "end" and cur.head.tag_ == "VBG"


def match_noun(tok) -> tuple[Trigger, list] | None:
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound":
        return None
    if tok.pos_ == "PROPN" and tok.ent_type_ in ("ORG", "PERSON", "GPE", "NORP", "FAC") \
            and tok.text[:1].isupper():
        return None                                  # "the Umoja Alliance", "Solidarity":
                                                     # a name, not an event
    if tok.text == "March":
        return None                                  # the month, however it is tagged
    lemma = _lemma(tok)
    head = tok.head
    if lemma == "backing" and tok.dep_ != "dobj":
        return None         # "an embargo over its backing for rebels": a reason, not an act
    if lemma == "ban" and not (tok.dep_ == "dobj" and _lemma(head) in IMPOSING):
        if not any(c.dep_ == "compound" and c.lower_ in ("entry", "visa") for c in tok.children):
            return None     # a trade or travel ban is a sanction when imposed, not when
                            # lifted, violated or talked about
    if _ended(tok):
        return None                                  # "freed Suu Kyi, ending seven years of
                                                     # detention": what ended is the past
    if lemma == "threat" and tok.dep_ == "dobj" and _lemma(head) in ("face", "pose"):
        return None                                  # "the country faced its gravest threat"
    if tok.dep_ == "pobj" and head.lower_ == "on" and _lemma(head.head) in TAKE_PART:
        if lemma == "strike" and not any(c.dep_ in ("compound", "amod") for c in tok.children):
            return _STRIKE, [head.head, head, tok]            # "went on strike"
        if lemma == "alert" or lemma in ("level", "state") and any(
                _lemma(t) == "readiness" for t in tok.subtree):
            return _ALERT, [head.head, head, tok]             # "remained on alert", "put
                                                              # the army on the highest
                                                              # level of combat readiness"
    if lemma == "strike" and tok.dep_ == "dobj" and _lemma(head) in LABOUR_STRIKE_VERBS \
            and not any(c.dep_ in ("compound", "amod") and _lemma(c) in MILITARY_STRIKE
                        for c in tok.children):
        return _STRIKE, [tok]                                 # "called a general strike"
    if lemma == "strike" and _labour_strike(tok):
        return _STRIKE, [tok]                                 # "a strike over unpaid wages"
    if lemma in SHUTDOWN_STRIKES and tok.dep_ in ("dobj", "nsubjpass") \
            and _lemma(head) in LABOUR_STRIKE_VERBS and not any(
                c.lower_ in SHUT_BY_STATE for c in tok.children if c.i < tok.i) \
            and not _state_decides(head):
        return _STRIKE, [tok]                                 # "called a nationwide complete
                                                              # shutdown", "enforced a hartal"
    if lemma == "protest" and tok.dep_ in ("dobj", "nsubjpass") and _lemma(head) in LODGING \
            and (_lemma(head) in LODGING_FORMALLY or any(
                c.dep_ == "prep" and c.lower_ in ("with", "to")
                for c in (*head.children, *tok.children))):
        return _DIPLOMATIC_PROTEST, [head, tok]               # "lodged a formal protest
                                                              # with Beijing"
    if lemma == "state":                                      # "a state of siege"
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                pobj = _child(prep, "pobj")
                if pobj is not None and _lemma(pobj) in ("siege", "emergency"):
                    return _STATE_OF_SIEGE, [tok, prep, pobj]
    if lemma in POLL_NOUNS and any(t.lower_ in POLL_WORDS for t in tok.sent):
        return None                                  # "3 percent support in the polls"
    if any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in MEDICAL_MODIFIERS
           for c in tok.children if c.i < tok.i):
        return None                                  # "suffered a cardiac arrest"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
            _lemma(tok.head.head) in OFFICE_NOUNS or tok.head.head.lower_ in OFFICE_NOUNS):
        return None                                  # "directors general of military
                                                     # operations": an office's name
    for child in tok.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.i < tok.i:
            hit = COMPOUNDS.get((_lemma(child), lemma)) or COMPOUNDS.get((child.lower_, lemma))
            if hit:
                return hit, [child, tok]
    hit = NOUNS.get(lemma) or NOUNS.get(tok.lower_)
    if hit and (hit.requires is None
                or hit.requires & {w for t in tok.subtree for w in (t.lower_, _lemma(t))}):
        return hit, [tok]
    if lemma in WRAPPER_NOUNS:                       # "a mediation effort", "an aid convoy"
        for child in tok.children:
            if child.dep_ == "compound" and child.i < tok.i:
                hit = NOUNS.get(_lemma(child))
                if hit:
                    return hit, [child, tok]
    return None


def _state_decides(verb) -> bool:
    """Whether the one who calls or announces a shutdown is a state office ("When announcing
    the shutdown, Prime Minister X ..."): a lockdown, not a strike."""
    subj = _child(verb, "nsubj")
    if subj is None and verb.dep_ in ("advcl", "xcomp", "conj"):
        subj = _child(verb.head, "nsubj")
    kb = knowledge_base()
    return subj is not None and any(kb.sector_for_role(t.lower_) in ("GOV", "MIL", "LEG")
                                    for t in subj.subtree)


#: Verbs that call, hold or end a strike of workers ("call a strike", "staged a strike").
LABOUR_STRIKE_VERBS = frozenset(("call", "stage", "hold", "organize", "organise", "declare",
                                 "join", "announce", "end", "extend", "suspend", "observe",
                                 "threaten", "plan", "postpone", "cancel", "enforce"))
#: A whole place shut by its people, called like a strike: South Asia's hartal and bandh,
#: Africa's stay-away, the "complete shutdown" a movement calls.
SHUTDOWN_STRIKES = frozenset(("shutdown", "hartal", "bandh", "stay-away", "stayaway"))
#: Shutdowns a state makes or suffers ("the government shutdown", "an internet shutdown").
SHUT_BY_STATE = frozenset(("government", "internet", "federal", "mobile", "network", "partial",
                           "budget", "economic", "covid", "coronavirus", "pandemic", "lockdown",
                           "communications", "phone", "telecom", "telecoms"))
#: Modifiers of a military strike ("air strike", "missile strike", "retaliatory strike").
MILITARY_STRIKE = frozenset(("air", "missile", "drone", "military", "retaliatory",
                             "preemptive", "pre-emptive", "nuclear", "artillery", "rocket",
                             "precision", "surgical", "israeli", "american", "russian", "us"))


#: Nouns whose "of" phrase names the event ("a round of talks", "a series of raids").
CARRIER_NOUNS = frozenset(("round", "series", "wave", "string", "spate", "number", "couple",
                           "day", "week", "month", "days", "weeks", "months", "hour", "hours",
                           "night", "nights", "year", "years", "session", "sessions", "flurry",
                           "bout"))

#: Nouns that carry the event named by their modifier ("mediation effort", "aid convoy").
WRAPPER_NOUNS = frozenset(("effort", "campaign", "process", "mission", "operation", "package",
                           "convoy", "shipment", "drive", "bid", "initiative", "programme",
                           "program", "plan", "deal"))


# -- syntax helpers ----------------------------------------------------------------------

def _child(tok, *deps):
    return next((c for c in tok.children if c.dep_ in deps), None)


def _subject_child(verb, *deps):
    """The verb's subject: the first, unless the parser also made a subject of the dateline
    before it ("ALGIERS, June 4 (Reuters) - Troops were deployed"): then the one after the
    dateline's dash."""
    found = [c for c in verb.children if c.dep_ in deps]
    if not found:
        return None
    dash = next((t.i for t in verb.doc[found[0].i:verb.i]
                 if t.text in DASHES and t.whitespace_), None)
    if dash is not None:
        later = [c for c in [*found[1:], *found[0].conjuncts] if dash < c.i < verb.i]
        if later:                   # (or made the lead's subject a conjunct of the dateline)
            return min(later, key=lambda c: c.i)
    return found[0]


def _misjoined_first(subj):
    """The first of two joined names that the parser hung on the second as a modifier
    ("Olmert and Palestinian President Mahmoud Abbas met": "Olmert" an nmod of "Abbas", with
    "and President" its conjunct): the first is the subject, the second its partner."""
    if subj is None:
        return None
    for c in subj.children:
        if c.i < subj.i and c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and any(
                w.dep_ == "cc" and w.lower_ == "and" for w in c.children) and any(
                w.dep_ == "conj" and c.i < w.i < subj.i for w in c.children):
            return c
    return None


def _is_nonfinite(verb) -> bool:
    return not has_subject(verb) and verb.dep_ in ("advcl", "xcomp", "acl", "conj", "relcl",
                                                    "pcomp", "dep")


def _is_infinitive(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _span_of(tok):
    doc = tok.doc
    return doc[tok.left_edge.i:tok.right_edge.i + 1]


def _core_span(tok):
    """A noun phrase without its relative clauses and trailing prepositions: the actor words."""
    doc = tok.doc
    lo = tok.left_edge.i
    hi = tok.i
    for c in tok.children:
        if c.i > tok.i and c.dep_ in ("compound", "flat", "appos", "nmod") :
            if c.dep_ == "appos" and (c.pos_ == "NOUN" and match_noun(c) is not None or
                                      tok.head.i < c.i and tok.head is not tok):
                continue        # "Sadiq al-Mahdi met Garang ..., the first talks between
                                # ...": an event (or a phrase after the verb) the parser
                                # hung on the name, not a title
            hi = max(hi, c.right_edge.i)
    return doc[lo:hi + 1]


#: Adjectives that make "force" a manner of acting, not armed forces ("with full force").
MANNER_OF_FORCE = frozenset(("full", "maximum", "excessive", "lethal", "deadly", "brute",
                             "necessary", "disproportionate", "overwhelming", "unnecessary",
                             "reasonable", "minimal", "all"))


class ActorFinder:
    """Actors for argument phrases, through DocActors when the actors stage is present."""

    def __init__(self, doc_actors) -> None:
        self.doc_actors = doc_actors

    def for_token(self, tok, depth: int = 0) -> Actor | None:
        if tok is None:
            return None
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ in ("who", "that", "which") \
                and tok.head.dep_ == "relcl":
            tok = tok.head.head                            # "the group that attacked"
        if _lemma(tok) == "force" and any(c.dep_ == "amod" and c.lower_ in MANNER_OF_FORCE
                                          for c in tok.children):
            return None                                    # "met with full force": a manner
        for span in (_core_span(tok), _span_of(tok)):
            actor = self._lookup(span)
            if actor is not None:
                return actor
        whole = _of_whole(tok) if depth == 0 else None
        if whole is not None:                              # "two of the journalists"
            actor = self.for_token(whole, depth + 1)
            if actor is not None:
                return actor
        if depth == 0 and match_noun(tok) is not None:     # "the withdrawal of US troops"
            for prep in tok.children:
                if prep.dep_ in ("prep", "agent") and prep.lower_ in ("of", "by"):
                    actor = self.for_token(_child(prep, "pobj"), depth + 1)
                    if actor is not None:
                        return actor
        return None

    def lookup(self, span) -> Actor | None:
        return self._lookup(span)

    def place(self, tok) -> Actor | None:
        """The country of a place phrase ("in the West Bank"), as an actor; None without the
        actors stage or when the place is unknown."""
        if tok is None or self.doc_actors is None:
            return None
        try:
            return self.doc_actors.place_actor(tok)
        except Exception:                              # an actor bug must not lose the event
            return None

    def _lookup(self, span) -> Actor | None:
        if self.doc_actors is not None:
            try:
                return self.doc_actors.actor_for(span)
            except Exception:                              # an actor bug must not lose the event
                return None
        for ent in span.ents:                              # no actors stage: named entities
            if ent.label_ in ("GPE", "NORP", "ORG", "PERSON"):
                return Actor(text=ent.text, name=ent.text,
                             span=(ent.start_char, ent.end_char))
        return None


# -- the extractor -----------------------------------------------------------------------

def find_triggers(sent) -> list[Found]:
    """All triggers of a parsed sentence, with absorbed and merged ones folded in."""
    found: dict[int, Found] = {}
    for tok in sent:
        hit = match_verb(tok)
        nominal = False
        if hit is None:
            hit = match_noun(tok)
            nominal = True
        if hit is None:
            continue
        trig, words = hit
        found[tok.i] = Found(tok, trig, nominal, words)
    for tok in sent:                                 # "is willing to open up the economy"
        passive = any(c.dep_ == "auxpass" for c in tok.children)   # "is committed to"
        carrier = tok if passive else tok.head
        if tok.pos_ in ("ADJ", "VERB") and tok.lower_ in INTENT_ADJECTIVES \
                and (tok.dep_ == "acomp" or passive) and carrier.i not in found:
            comp = _child(tok, "xcomp")
            if comp is None:
                prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"),
                            None)
                comp = _child(prep, "pcomp") if prep is not None else None
            if comp is not None and comp.pos_ == "VERB" and comp.i not in found \
                    and not any(t.i in found for t in comp.subtree):
                found[carrier.i] = Found(carrier, _AGREE, False, sorted({carrier, tok},
                                                                         key=lambda t: t.i))
    drop: set[int] = set()
    for i, f in found.items():
        tok = f.token
        if not f.nominal:
            outer = found.get(tok.head.i)
            if tok.dep_ in ("ccomp", "acl") and outer is not None and outer.trigger.type in (
                    "REQUEST", "THREATEN", "AGREE") and tok.head != tok:
                outer.inner = outer.inner or f       # "demanded that X withdraw", "agreed
                drop.add(i)                          # that their countries should cooperate"
                continue
            if tok.dep_ == "pcomp" and tok.head.lower_ in ("of", "for") and (
                    _lemma(tok.head.head) in ALLEGING or tok.head.head.dep_ == "dobj"
                    and _lemma(tok.head.head.head) in ALLEGING):
                drop.add(i)                          # "suspected of blowing up a plane",
                continue                             # "accused troops of killing civilians"
            if f.trigger.type == "ASSAULT" and tok.dep_ == "acl" and tok.tag_ == "VBG" \
                    and _lemma(tok) == "fight":
                drop.add(i)                          # "Afghan guerrillas fighting Soviet
                continue                             # forces": who they are
            if tok.dep_ == "pcomp" and tok.head.lower_ == "from" \
                    and _lemma(tok.head.head) in ABSTAINING or tok.dep_ == "xcomp" \
                    and _lemma(tok.head) in ABSTAINING:
                drop.add(i)                          # "pledged to refrain from attacking
                continue                             # civilians": what is not to be done
            if tok.dep_ == "relcl" and tok.head.lower_ in ANYONE:
                drop.add(i)                          # "warned that anyone who blocked roads
                continue                             # would be arrested": a condition
            if tok.dep_ == "pcomp" and tok.head.lower_ == "at" \
                    and _lemma(tok.head.head) == "aim":
                drop.add(i)                          # "a meeting aimed at establishing ties"
                continue
            if f.trigger.type == outer_type(found, tok, ("advcl", "conj")) == "ASSAULT":
                drop.add(i)                          # "shelled the city, killing 20": one act
                continue
            if tok.dep_ == "ccomp" and _lemma(tok.head) in PERMITTING \
                    and tok.head.dep_ == "xcomp":
                outer = found.get(tok.head.head.i)  # "agreed to let consular officials
                if outer is not None and not outer.nominal \
                        and outer.trigger.type in ABSORBING:   # visit": what was agreed
                    outer.inner = outer.inner or f
                    drop.add(i)
                    continue
            if _is_infinitive(tok) or tok.dep_ == "xcomp":
                head = tok.head
                outer = found.get(head.i)
                hl = _lemma(head)
                if outer is not None and not outer.nominal and outer.trigger.type in ABSORBING \
                        and hl not in NEGATING_CONTROL:
                    outer.inner = outer.inner or f
                    if _called_protest(outer, f):
                        f.caller = outer             # "urged workers to strike": coded too
                    else:
                        drop.add(i)
                elif hl in NEGATING_CONTROL:
                    f.negated_by_control = True      # "refused to withdraw": not done ...
                    if outer is not None:
                        outer.inner = outer.inner or f   # ... and a REJECT of it
                elif hl in CONTROL:
                    f.control_modality = CONTROL[hl]
                    f.control_lemma = hl
                elif hl in ("vow",):
                    pass
                elif hl in RAISING and any(c.dep_ == "auxpass" for c in head.children):
                    f.control_modality = "reported"  # "Israel is reported to have killed":
                    f.control_lemma = hl             # hearsay of an act, not a purpose
                elif _is_infinitive(tok) and f.trigger.type == "PROTEST" and any(
                        o.trigger.type == "PROTEST" for j, o in found.items() if j != i):
                    drop.add(i)                     # "began a hunger strike to protest"
                elif _is_infinitive(tok) and f.trigger.type not in ("PROTEST", "REQUEST") \
                        and not (f.trigger.type in PURPOSE_EVENTS and outer is None
                                 and not _trigger_below(head, found, i)) \
                        and not (f.trigger.type == "ACCUSE" and outer is not None
                                 and outer.trigger.type != "ACCUSE"):
                    drop.add(i)                     # purpose: "formed to fight"
            continue
        if f.trigger.type == "AID" and tok.dep_ == "dobj" and _lemma(tok.head) in NEEDING:
            drop.add(i)                     # "4.5 million people need humanitarian
            continue                        # assistance": a need, not aid given
        if f.trigger.type == "PROTEST" and tok.dep_ == "pobj" and tok.head.lower_ == "for" \
                and _lemma(tok.head.head) in PUNISHING:
            drop.add(i)                     # "detained for peaceful protest": the charge
            continue
        if f.trigger.type == "ASSAULT" and tok.dep_ == "pobj" and tok.head.lower_ == "for" \
                and tok.head.head.dep_ in ("prep", "ROOT", "conj") and _lemma(
                    tok.head.head if tok.head.head.pos_ == "VERB" else tok.head.head.head
                ) in PUNISHING:
            drop.add(i)                     # "jailed three men for the murder of two
            continue                        # soldiers": the crime they are punished for
        if f.trigger.type == "ASSAULT" and (
                tok.dep_ == "dobj" and _lemma(tok.head) in HALTING or
                tok.dep_ == "pobj" and tok.head.lower_ == "of" and
                _lemma(tok.head.head) in HALTED_NOUNS):
            drop.add(i)                     # "halted missile attacks", "a cessation of its
            continue                        # military operations": what is ended
        # nominal: the means of an earlier trigger of the same type ("the assassination of X
        # ... in a US airstrike", "killed in an airstrike"), wherever the parser attached it
        anc = tok.head
        if tok.dep_ == "pobj" and anc.lower_ in MEANS_PREPS:
            outer = next((o for j, o in sorted(found.items(), reverse=True)
                          if j < anc.i and j not in drop and o.means is None
                          and o.trigger.type == f.trigger.type), None)
            if outer is not None:
                outer.means = f
                drop.add(i)
                continue
        # a nominal subject of a verb of the same type is how it was done ("an airstrike
        # killed ..."): it lends the verb its mode and its modifier as the source
        outer = found.get(tok.head.i)
        if tok.dep_ == "nsubj" and outer is not None and not outer.nominal \
                and outer.trigger.type == f.trigger.type and outer.means is None:
            outer.means = f
            drop.add(i)
            continue
        if tok.dep_ == "dobj" and _lemma(tok.head) in DISMISSING:
            drop.add(i)                     # "rejected the criticism": someone else's
            continue
        light = tok.head
        if tok.dep_ == "dobj" and light.dep_ == "xcomp" and _lemma(light) in LIGHT_VERBS \
                and _lemma(light.head) in NEGATING_CONTROL and light.head.i in found \
                and not found[light.head.i].nominal:
            outer = found[light.head.i]     # "failed to reach an agreement", "refused to
            outer.inner = outer.inner or f  # hold talks": what is refused or failed is
            drop.add(i)                     # part of the refusal
            continue
        # nominal content of another event ("called for the withdrawal", "avenge the killings")
        cur = tok
        for _ in range(6):
            if cur.head == cur:
                break
            cur = cur.head
            other = found.get(cur.i)
            if other is not None and not other.nominal and cur.i != tok.i:
                if tok.dep_ in ("dobj", "nsubjpass") and tok.head == cur:
                    drop.add(i)             # "lifted the blockade": the act is on it
                    if other.trigger.type == f.trigger.type and other.means is None \
                            and other.trigger.mode is None and f.trigger.mode:
                        other.means = f     # "imposed a curfew": the noun says how
                    break
                if tok.i in {t.i for c in cur.children if c.dep_ in
                             ("dobj", "prep", "xcomp", "ccomp", "nsubjpass", "advcl", "dative",
                              "attr", "prt")
                             for t in c.subtree}:
                    if _called_protest(other, f):
                        other.inner = other.inner or f
                        f.caller = other    # "called for a general strike": coded too
                    elif other.trigger.type in ABSORBING or other.trigger.type == \
                            f.trigger.type or f.trigger.type in ABSORBING \
                            or cur.lemma_ in LIGHT_VERBS:
                        drop.add(i)
                break
            if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("aux", "auxpass"):
                break
    # a THREATEN verb ("vow") with no object words fires only through what it threatens
    for i, f in found.items():
        if not f.nominal and _lemma(f.token) == "vow" and f.inner is None:
            xc = _child(f.token, "xcomp")
            inner = found.get(xc.i) if xc is not None else None
            if inner is not None:
                f.inner = inner
                drop.add(xc.i)
    # "Russia said Sudan must return the helicopter": a demand by the speaker on the subject
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ == "ccomp" \
                and any(c.dep_ == "aux" and c.lower_ in MUST for c in tok.children) \
                and _lemma(tok.head) in REPORTING | {"insist", "stress", "warn", "conclude"}:
            f = Found(tok, _REQUEST, False, [tok])
            f.demander = tok.head
            inner = found.get(tok.i)
            if inner is not None:
                f.inner = inner
                drop.add(tok.i)
            found[tok.i] = f
    _fold_subordinate(found, drop)
    if BACKGROUND_RELCL:
        for i, f in found.items():
            if _in_relative_clause(f.token):
                drop.add(i)
    return [f for i, f in sorted(found.items(), key=lambda x: x[0])
            if (i not in drop or f.demander is not None) and not f.folded]


BACKGROUND_RELCL = True


def _in_relative_clause(tok) -> bool:
    """Whether the token sits in a relative clause that describes a participant ("Macedonia,
    which is preparing an offensive"): background, not the event the sentence tells."""
    cur = tok
    for _ in range(4):
        if cur.dep_ == "relcl":
            # "Modi, who praised Tokyo's support": a new act told in passing stays; a state
            # ("which is preparing", "who are deployed", "whom they had taken") is background
            return cur.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in cur.children)
        if cur.head == cur or cur.dep_ in ("ROOT", "ccomp"):
            return False
        cur = cur.head
    return False


def outer_type(found: dict, tok, deps: tuple[str, ...]) -> str | None:
    """The type of the trigger a verb hangs on through one of ``deps``, if any."""
    if tok.dep_ not in deps or tok.head == tok or has_subject(tok):
        return None
    outer = found.get(tok.head.i)
    return outer.trigger.type if outer is not None else None


def _trigger_below(verb, found: dict, skip: int) -> bool:
    """Whether the verb's own objects hold an event ("held talks to discuss")."""
    for child in verb.children:
        if child.dep_ in ("dobj", "prep", "nsubjpass"):
            if any(t.i in found and t.i != skip for t in child.subtree):
                return True
    return False


def _verb_source_target(verb, finder: ActorFinder, ttype: str | None = None):
    source, target, _ = _verb_arguments(verb, finder, ttype)
    return source, target


def _verb_arguments(verb, finder: ActorFinder, ttype: str | None = None):
    """(source, target, the token the source was read from) of a trigger verb."""
    subj = _subject_child(verb, *SUBJ)
    subj = _misjoined_first(subj) or subj
    subjpass = _subject_child(verb, "nsubjpass")
    if subj is None and subjpass is None:
        for aux in verb.children:           # a misparse that hangs the subject on the
            if aux.dep_ in ("aux", "auxpass") and aux.i < verb.i:   # auxiliary ("X have
                subj = _child(aux, *SUBJ)                            # opposed")
                subjpass = _child(aux, "nsubjpass")
                if subj is not None or subjpass is not None:
                    break
    agent = None
    ag = _child(verb, "agent")
    if ag is not None:
        agent = _child(ag, "pobj")
    elif subjpass is not None:
        for prep in verb.children:          # "was commuted to life imprisonment by President
            if prep.dep_ != "prep":          # Chun": the agent hung on the nearer noun
                continue
            for g in prep.children:
                by = next((c for c in g.children if c.dep_ in ("agent", "prep")
                           and c.lower_ == "by"), None) if g.dep_ == "pobj" else None
                if by is not None and (p := _child(by, "pobj")) is not None and \
                        p.pos_ == "PROPN":
                    agent = p
                    break
            if agent is not None:
                break
    if subj is not None and subjpass is None and _headline_passive(verb):
        subj, subjpass = None, subj         # "Five journalists detained in Cairo"
    if subj is None and subjpass is None and verb.dep_ == "xcomp" \
            and any(c.dep_ == "auxpass" for c in verb.children) and _raising_passive(verb.head):
        subjpass = _child(verb.head, "nsubjpass")   # "X is said to have been killed by Y"
    if subjpass is not None and verb.lower_ in INTENT_ADJECTIVES:
        source_tok, target_tok = subjpass, None      # "X is committed to ...": X intends
    elif subjpass is not None and agent is None and verb.lower_ in STATIVE_PASSIVES:
        source_tok, target_tok = subjpass, None      # "X is opposed to Y": X's stance
    elif subjpass is not None and agent is None and ttype in OWN_FORCES_TYPES \
            and _lemma(verb) in DEPLOYING and _lemma(_of_whole(subjpass, True) or subjpass) \
            in OWN_MEANS and not any(c.lower_ == "no" for c in subjpass.children):
        source_tok, target_tok = subjpass, None     # "the peacekeepers are being deployed":
                                                    # forces moved are their own side's
    elif subjpass is not None:
        source_tok, target_tok = agent, subjpass
    else:
        source_tok, target_tok = subj, _child(verb, "dobj", "dative")
    if ttype in OWN_FORCES_TYPES and target_tok is not None and target_tok.dep_ == "dobj":
        target_tok = None       # "withdrew its troops": what moves is the source's own
    if target_tok is not None and target_tok.dep_ == "dobj" and (
            _lemma(target_tok) in FIRED or target_tok.lower_ in FIRED
            or _lemma(verb) == "use"):
        target_tok = None       # "fired four shells at X", "used force": what is fired or
                                # used is no target
    goods = None
    if ttype == "SANCTION" and target_tok is not None and target_tok.dep_ == "dobj" \
            and _lemma(target_tok) in DELIVERED:
        goods, target_tok = target_tok, None    # "cut off the transit of Russian gas to
                                                # Europe": what is cut off is no target
    elif ttype == "AID" and target_tok is not None and target_tok.dep_ == "dobj" and any(
            c.dep_ == "prep" and c.lower_ == "to" and _child(c, "pobj") is not None
            for c in verb.children):
        goods, target_tok = target_tok, None    # "delivered MiG-29 fighters to Syria": the
                                                # goods go to the target
    if target_tok is None and subjpass is None:
        for prt in verb.children:           # "kidnapped up to 16 advisers": a number's "up to"
            if prt.dep_ in ("prt", "advmod") and prt.lower_ == "up":
                to = next((c for c in prt.children if c.dep_ == "prep" and c.lower_ == "to"),
                          None)
                target_tok = _child(to, "pobj") if to is not None else None
    source = finder.for_token(source_tok)
    if source is None and source_tok is not None and source_tok.dep_ in SUBJ + ("pobj",):
        source = _named_person(source_tok)      # "King Abdulaziz mobilized the troops"
    if source is None and source_tok is not None and _lemma(source_tok) in OWN_STATE \
            and any(c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their", "our")
                    for c in source_tok.children):
        source = _antecedent(verb, finder)      # "Lukashenko said his country could ..."
    if source is None and source_tok is None and subjpass is not None:
        source = _weapon_source(verb, finder)    # "killed in a car bomb explosion in Beirut"
    weapon = source_tok if source_tok is not None else \
        _child(verb.head, "nsubj") if verb.dep_ == "advcl" else None
    if weapon is not None and (_lemma(weapon) in HARM_MEANS or weapon.lower_ in HARM_MEANS):
        source = _blamed_on(weapon, finder) or source   # "a bomb blamed on militants
                                                        # killed ...": the ones blamed
    if source is None and source_tok is None and subjpass is not None and target_tok is subjpass \
            and ttype in MEASURE_TYPES and _lemma(subjpass) in BEARING_ON:
        source, measure_on = _measure_owner(subjpass, finder)   # "UN sanctions against
        if source is not None:                                  # Iran were lifted"
            target_tok = None
    else:
        measure_on = None

    if source is None and source_tok is not None and source_tok.pos_ == "PRON" \
            and source_tok.lower_ in ("it", "they", "he", "she", "we"):
        source = _antecedent(verb, finder)          # "Ukraine denied that it shelled ..."
        if source is not None and source_tok.lower_ == "it" and source.kind == "person":
            source = None                           # "X said it (the law) bars women ..."
        if source is None and source_tok.lower_ in ("he", "she"):
            source = _named_antecedent(verb)        # "Ajak said he would free them"
    if source is None and source_tok is None:
        source_tok, source = _inherited_subject(verb, finder)
    if source is None and source_tok is None and verb.dep_ == "ccomp" \
            and _lemma(verb.head) == "let" and not has_subject(verb):
        source_tok = _child(verb.head, *SUBJ)   # "Ethiopia let free 74 leaders": who lets
        source = finder.for_token(source_tok) if source_tok is not None else None
    if source is None and source_tok is None and not has_subject(verb) \
            and verb.dep_ in ("ROOT", "ccomp") and verb.tag_ in ("VBD", "VBZ", "VBP"):
        source_tok, source = _misparsed_subject(verb, finder)   # "USAID/ADJ provided ..."
    if source is None and source_tok is None:
        # a misparse that hangs the subject on a clause before the verb ("the coalition
        # formed to fight X has handed over ..."): borrow that clause's subject
        for child in verb.children:
            if child.i < verb.i and child.dep_ in ("advcl", "csubj", "ccomp"):
                s = _child(child, "nsubj")
                if s is not None and s.i < child.i:
                    source = finder.for_token(s)
                    break
    target = finder.for_token(target_tok) if target_tok is not None else measure_on
    if target is None and target_tok is not None and target_tok.dep_ == "dobj":
        for other in verb.children:         # two objects in one parse ("meet his counterpart
            if other.dep_ in ("dobj", "oprd") and other is not target_tok \
                    and other.pos_ in ("NOUN", "PROPN") \
                    and not (other.dep_ == "oprd" and _lemma(verb) in LABELLING):
                # "Italian President X"), but not a label ("called the ruling a farce")
                target = finder.for_token(other)
                if target is not None:
                    break
    if target is None and target_tok is not None and target_tok.dep_ in ("dobj", "nsubjpass"):
        target = _named_person(target_tok)      # "killed Abdullah", "will release Moncayo"
    if target is None and target_tok is not None and target_tok.pos_ == "PRON" \
            and target_tok.lower_ in OBJECT_PRONOUNS:
        target = _object_antecedent(target_tok, finder, source_tok)   # "called X and urged
    if target is None:                                                 # him to ..."
        preps = TARGET_PREPS + (("to", "in") if ttype in OWN_FORCES_TYPES else ())
        # "launched from Lebanon towards northern Israel": where it goes before where from
        for prep in sorted(verb.children, key=lambda c: ttype == "ASSAULT" and c.lower_ == "from"):
            if prep.dep_ in ("prep", "prt") and prep.lower_ in preps:
                pobj = _child(prep, "pobj")
                target = finder.for_token(pobj)
                if target is not None:
                    break
    if target is None and ttype in OWN_FORCES_TYPES:    # "remained on alert in the West
        holders = [verb] + [c for c in verb.children if c.dep_ == "dobj"]     # Bank",
        for holder in holders:                                   # "strengthened its forces
            for prep in holder.children:                         # in Lebanon"
                if prep.dep_ == "prep" and prep.lower_ in ("in", "to", "into", "inside", "from"):
                    target = finder.place(_child(prep, "pobj"))
                    if target is not None:
                        break
            if target is not None:
                break
    if target is None:                                  # "called for the withdrawal of X",
        for prep in verb.children:                      # "gave 3 million dollars to X"
            if prep.dep_ in ("prep", "dative") and prep.lower_ in ("for", "to"):
                pobj = _prep_object(prep)
                target = finder.for_token(pobj)
                if target is None and pobj is not None and ttype in ("REQUEST", "REJECT"):
                    target = _object_prep_target(pobj, finder)   # "called for sanctions
                if target is None and prep.lower_ == "to" and ttype in GIVEN_TO:  # against X"
                    target = finder.place(pobj)         # "returned the paintings to Italy"
                if target is not None:
                    break
    if target is None and ttype in OWN_FORCES_TYPES:     # "lifted its blockade of Qatar":
        obj = _child(verb, "dobj")                       # a measure, not its own forces
        if obj is not None and (_lemma(obj) in BEARING_ON or obj.lower_ in BEARING_ON):
            target = _object_prep_target(obj, finder)
    if target is None and ttype == "REQUEST" and target_tok is not None \
            and _lemma(target_tok) in REFUGE:           # "sought refuge in Germany": asked
        for prep in verb.children:                      # of the country that takes them in
            if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "with"):
                pobj = _child(prep, "pobj")
                target = finder.for_token(pobj) or finder.place(pobj)
                if target is not None:
                    break
    if target is None and ttype == "REQUEST":
        target = _addressee(verb, finder, source)       # "demanded that the US cancel ..."
    if target is None and target_tok is not None and target_tok.dep_ == "dobj" \
            and ttype not in OWN_FORCES_TYPES:
        target = _object_prep_target(target_tok, finder)    # "lifted a ban on X"
    if target is None and goods is not None:
        target = _object_prep_target(goods, finder)          # "suspended aid to Gaza"
    if target is None and ttype == "ASSAULT":
        aimed = [c for c in verb.children if c.dep_ in ("advcl", "xcomp", "acl")]
        aimed += [g for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                  for g in c.children if g.dep_ == "acl"]
        for c in aimed:                     # "fired tear gas to disperse the protesters",
            if _lemma(c) in DISPERSING and any(     # "launched missiles targeting US troops"
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children) \
                    or _lemma(c) in AIMING and c.tag_ == "VBG":
                obj = _child(c, "dobj")
                target = finder.for_token(obj) if obj is not None else None
                break
    if target is None and ttype == "ASSAULT":
        hit = target_tok if target_tok is not None else _child(verb, "dobj")
        if hit is not None and hit.pos_ in ("NOUN", "PROPN"):
            target = _owner_or_place(hit, finder, source)   # "struck a police van",
    if target is not None and source_tok is not None \
            and source_tok.lower_ in ("that", "which") and verb.dep_ == "relcl":
        means = _harm_antecedent(verb.head)
        owner = _claimant(means, finder) or _setter(means, finder)
        if owner is not None or source is None:
            source = owner      # "claimed the bombings that killed 300", "said it planted
                                # the bomb that killed 11"; not the "Jerusalem" of "a
                                # bombing aboard a Jerusalem bus that killed 18"
    return source, target, source_tok


def _harm_antecedent(noun):
    """The means of harm a "that killed" clause tells of, when the parser hung the clause on
    the place the harm happened in ("a suicide bombing aboard a bus that killed 18")."""
    if _lemma(noun) in HARM_MEANS or noun.dep_ != "pobj" or noun.head.dep_ != "prep" or \
            noun.head.lower_ not in ("aboard", "on", "in", "at", "near", "outside", "inside"):
        return noun
    holder = noun.head.head
    return holder if _lemma(holder) in HARM_MEANS or holder.lower_ in HARM_MEANS else noun


def _setter(means, finder: ActorFinder) -> Actor | None:
    """Who set the bomb whose blast a clause tells of: "the IRA said it planted the bomb that
    killed 11" (a pronoun setter stands for the one who said so)."""
    if means.dep_ != "dobj" or _lemma(means.head) not in PLANTED or \
            (_lemma(means) not in HARM_MEANS and means.lower_ not in HARM_MEANS):
        return None
    subj = _child(means.head, "nsubj")
    if subj is None:
        return None
    actor = finder.for_token(subj)
    if actor is None and subj.pos_ == "PRON":
        actor = _antecedent(means.head, finder)
    return actor


#: Verbs of getting in touch whose object is the one a purpose clause's act is with
#: ("called Erdogan to apologize", "met X to discuss", "summoned the envoy to protest").
CONTACT = frozenset(("call", "phone", "telephone", "ring", "meet", "visit", "summon", "invite",
                     "contact", "receive", "host", "write", "email", "text", "approach",
                     "lobby", "press", "join"))


#: Verbs of making someone do something ("ordered X to close", "forced Y to suspend").
ORDERING = frozenset(("order", "force", "compel", "oblige", "require", "instruct", "direct"))


def _contacted(verb, finder: ActorFinder, source: Actor | None) -> Actor | None:
    """The target of a subject-less purpose clause whose main verb gets in touch with
    someone: that one ("called Erdogan to apologize for ...", "met the envoy to discuss")."""
    if has_subject(verb) or verb.dep_ not in ("xcomp", "advcl") or not _is_infinitive(verb):
        return None
    head = verb.head
    if head.pos_ != "VERB":
        return None
    if _lemma(head) not in CONTACT:
        hit = match_verb(verb) if _lemma(head) in ORDERING and verb.dep_ == "xcomp" else None
        if hit is None or hit[0].type not in ("COERCE", "SANCTION"):
            return None     # "ordered the newspaper La Prensa to suspend publication": the
                            # one ordered is the one coerced
    obj = _child(head, "dobj", "oprd")
    actor = finder.for_token(obj) if obj is not None else None
    if actor is None or source is not None and actor.name == source.name:
        return None
    return actor


#: A speaker's own state named by a possessive ("his country", "our government").
OWN_STATE = frozenset(("country", "nation", "government", "state", "administration"))
#: Types whose "to X" is where something is given, returned or cut off: a place there
#: stands for its country ("returned the paintings to Italy", "suspended aid to Gaza").
GIVEN_TO = frozenset(("AID", "SANCTION", "RETREAT", "CONCEDE", "COOPERATE", "SUPPORT"))


def _owner_or_place(thing, finder: ActorFinder, source: Actor | None) -> Actor | None:
    """Who an attack on a thing hits: the owner its modifier names ("a police van", "an
    army base"), or the country of the place it is or is in ("Damascus International
    Airport", "a military vehicle in Rakhine State")."""
    for mod in thing.children:
        if mod.dep_ in ("compound", "poss", "amod", "nmod") and mod.i < thing.i \
                and mod.pos_ in ("NOUN", "PROPN"):
            actor = finder.for_token(mod)
            if actor is not None and actor.kind != "place" and not (
                    source is not None and actor.name == source.name):
                return actor
    place = finder.place(thing)
    for prep in thing.children:                 # "a military vehicle in Rakhine State"
        if place is None and prep.dep_ == "prep" and prep.lower_ in ("in", "near", "at"):
            place = finder.place(_child(prep, "pobj"))
    if place is not None and not (source is not None and source.country == place.country
                                  and source.kind == "place"):
        return place
    return None


def _controlled_subject(verb, finder: ActorFinder, source: Actor | None) -> Actor | None:
    """The one asked or warned, when the parser made it the subject of the infinitive
    ("urged [Kosovo Prime Minister Albin Kurti] to withdraw")."""
    xc = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")
               and _is_infinitive(c)), None)
    subj = _child(xc, "nsubj") if xc is not None else None
    if subj is None or subj.pos_ == "PRON":
        return None
    actor = finder.for_token(subj)
    if actor is None or source is not None and actor.name == source.name:
        return None
    return actor


#: Types of answering what someone proposed or demanded: its author is the target.
PROPOSAL_TYPES = frozenset(("REJECT", "AGREE", "CONCEDE", "SUPPORT"))
#: Nouns of what someone proposes, asks or offers ("the union's demand", "Russia's offer").
PROPOSALS = frozenset(("demand", "demands", "request", "requests", "offer", "offers",
                       "proposal", "proposals", "plan", "plans", "call", "calls", "appeal",
                       "appeals", "invitation", "initiative", "bid", "ultimatum", "terms",
                       "conditions", "suggestion", "idea", "application", "claim", "claims",
                       "peace", "overture", "overtures"))


def _proposer(verb, finder: ActorFinder, source: Actor | None) -> Actor | None:
    """The author of what a verb rejects, accepts or welcomes: the possessor or modifier of
    the proposal noun, or its "by/from X" ("rejected the union's demand", "accepted the
    Russian proposal", "welcomed an offer by Qatar")."""
    obj = _child(verb, "dobj", "nsubjpass")
    if obj is None or (_lemma(obj) not in PROPOSALS and obj.lower_ not in PROPOSALS):
        return None
    cands = [c for c in obj.children if c.dep_ in ("poss", "compound", "amod", "nmod")
             and c.i < obj.i]
    cands += [_child(c, "pobj") for c in obj.children
              if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from", "of")]
    for cand in cands:
        if cand is None:
            continue
        actor = finder.for_token(cand)
        if actor is not None and actor.kind != "place" and not (
                source is not None and actor.name == source.name):
            return actor
    return None


def _named_person(tok) -> Actor | None:
    """A person the object names whom the knowledge base does not know ("killed Abdullah and
    four members of his family"): the name, with no country or sector (unknown stays
    unknown). Only a name the tagger marks as a person, heading the object."""
    if tok.ent_type_ != "PERSON" or tok.pos_ != "PROPN":
        return None
    ent = next((e for e in doc_ents(tok.doc) if e.start <= tok.i < e.end), None)
    if ent is None or ent.label_ != "PERSON" or ent.end - 1 != tok.i:
        return None
    return Actor(text=ent.text, name=ent.text, country=None, sector=None,
                 span=(ent.start_char, ent.end_char), kind="person")


#: Modes that name one act whichever word tells it ("deported" ... "the expulsions").
REMOVALS = frozenset(("deport", "expel"))
#: Types of judging an act ("condemned the airstrike", "praised the release"): the one who
#: did the act is the target.
JUDGING_TYPES = frozenset(("ACCUSE", "SUPPORT"))


def _author_told(verb, told: list, source: Actor | None) -> Actor | None:
    """Who did the act a verb judges, when the act is named by a definite event noun and was
    told earlier in the document ("Israeli warplanes struck ... . Iran condemned the
    airstrike"): the source of the latest earlier event of that type; nothing when none."""
    obj = _child(verb, "dobj")
    if obj is None or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in obj.children):
        return None
    hit = match_noun(obj)
    if hit is None:
        return None
    removal = hit[0].mode in REMOVALS
    mode = hit[0].mode
    if mode is not None and not removal and any(e.type == hit[0].type and e.mode == mode
                                                and e.source is not None for e in told):
        told = [e for e in told if e.mode == mode]  # "the arrests": an arrest, not the
    for e in reversed(told):                        # licence suspended after it
        if (e.mode in REMOVALS if removal else e.type == hit[0].type) \
                and e.source is not None and not e.negated \
                and e.modality in ("asserted", "reported"):
            if source is not None and (e.source.name == source.name or
                                       e.source.country and e.source.country == source.country):
                return None             # one's own act: nothing to target
            return e.source
    return None


#: What one seeks in a country: the country is asked for it ("sought refuge in X").
REFUGE = frozenset(("refuge", "asylum", "shelter", "sanctuary", "protection", "haven"))
#: Object pronouns that name a party told earlier in the sentence ("urged him").
OBJECT_PRONOUNS = frozenset(("him", "her", "them"))


def _object_antecedent(pron, finder: ActorFinder, source_tok) -> Actor | None:
    """The party an object pronoun names: the nearest object, in the sentence before it, that
    names an actor ("called President X on Wednesday and urged him to ..."); not the subject
    of its own clause, and nothing when no such object is there."""
    src = None if source_tok is None else {t.i for t in _core_span(source_tok)}
    for tok in reversed(list(pron.sent)[:pron.i - pron.sent.start]):
        if tok.dep_ not in ("dobj", "oprd", "dative", "pobj") \
                or tok.pos_ not in ("PROPN", "NOUN"):
            continue
        if src is not None and tok.i in src:
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ not in ("with", "to"):
            continue
        if pron.lower_ in SINGULAR_PRONOUNS and tok.tag_ in ("NNS", "NNPS"):
            continue                        # "it", "him" name no plural ("the militants")
        actor = finder.for_token(tok)
        if actor is not None and pron.lower_ == "them" and tok.tag_ in ("NN", "NNP") \
                and actor.kind not in ("group", "igo", "institution", "org", "media"):
            continue                        # "them" is no "country" ("ordered X to leave
                                            # the country, accusing them of ...")
        if actor is not None and not (pron.lower_ in ("him", "her")
                                      and actor.kind not in (None, "person", "role")):
            return actor
    return None


SINGULAR_PRONOUNS = frozenset(("it", "him", "her", "he", "she"))


#: Nouns for what someone issues or adopts, whose participle speaks for its author ("issued
#: a statement calling on X", "adopted a resolution condemning Y").
MESSAGE_NOUNS = frozenset(("statement", "report", "resolution", "letter", "communique",
                           "communiqué", "declaration", "message", "motion", "bill", "decree",
                           "note", "appeal", "petition", "video", "press", "release",
                           "editorial", "speech", "address", "announcement", "law", "order",
                           "document", "memo", "memorandum", "tweet", "post", "plan",
                           "proposal", "ruling", "verdict", "judgment", "judgement",
                           "decision", "directive", "notice", "warning", "ultimatum",
                           "leaflet", "leaflets", "campaign", "initiative", "effort",
                           "efforts", "operation", "offensive", "program", "programme"))
#: Prepositions of an object noun that name the party it bears on ("a ban on X", "sanctions
#: against Y", "a request from Z", "restrictions imposed on W").
OBJECT_TARGET_PREPS = ("on", "upon", "against", "toward", "towards", "for", "to", "with",
                       "from")
#: Things sent somewhere, whose "to X" place stands for the country that gets them.
DELIVERED = frozenset(("aid", "assistance", "delivery", "deliveries", "supply", "supplies",
                       "shipment", "shipments", "food", "funding", "funds", "loan", "loans",
                       "grant", "grants", "help", "relief", "convoy", "convoys", "export",
                       "exports", "flight", "flights", "access", "fuel", "electricity",
                       "gas", "oil", "power", "water", "transit", "energy", "import",
                       "imports", "medicine", "medicines", "vaccine", "vaccines"))
#: Amounts whose "in"/"of" noun is what is given ("$3 million in aid", "tons of food").
AMOUNTS = frozenset(("million", "billion", "thousand", "hundred", "dollar", "euro", "pound",
                     "$", "€", "£", "ton", "tonne", "tons", "tonnes", "shipment", "package",
                     "consignment", "batch", "load", "worth", "amount", "sum", "total"))
#: Verbs of a purpose clause that name who an act of help is for ("sent aid to help X").
HELPING = frozenset(("help", "assist", "support", "aid", "benefit", "feed", "rebuild",
                     "save", "protect", "relieve", "strengthen", "bolster"))
#: What is fired or thrown at someone ("fired rockets at X"): the weapon, not the target.
FIRED = frozenset(("shell", "shells", "rocket", "rockets", "missile", "missiles", "mortar",
                   "mortars", "bomb", "bombs", "bullet", "bullets", "round", "rounds", "shot",
                   "shots", "grenade", "grenades", "stone", "stones", "rock", "rocks",
                   "projectile", "projectiles", "tear", "gas", "teargas", "volley", "salvo",
                   "torpedo", "torpedoes", "artillery", "fire", "weapon", "weapons", "gun",
                   "guns", "drone", "drones", "firebomb", "firebombs", "cocktail",
                   "cocktails", "cannon", "cannons", "baton", "batons", "truncheon",
                   "truncheons", "pepper", "spray", "ammunition"))
#: Policies whose withdrawal or reversal is demanded as a change of policy (CAMEO 1042),
#: not as yielding ground (108).
POLICIES = frozenset(("bill", "bills", "law", "laws", "decree", "decrees", "policy",
                      "policies", "reform", "reforms", "tax", "taxes", "rise", "increase",
                      "hike", "budget", "plan", "proposal", "constitution", "amendment"))
#: What a state shuts, bans or suspends that silences (CAMEO 1721, censor).
CENSORED = frozenset(("internet", "broadcasts", "broadcast", "websites", "website", "newspaper",
                      "newspapers", "station", "stations", "channel", "channels", "radio",
                      "television", "tv", "broadcaster", "broadcasters", "outlet", "outlets",
                      "network", "networks", "media", "press"))
#: Participles that say what a weapon fired was aimed at ("missiles targeting US troops").
AIMING = frozenset(("target", "hit", "strike", "aim"))
#: Purposes of force that name whom it is used on ("fired tear gas to disperse the
#: protesters", "used force to clear the square").
DISPERSING = frozenset(("disperse", "break", "clear", "scatter", "push", "drive", "quell",
                        "repel", "remove", "evict", "subdue", "control"))
#: Object nouns whose "on X" is who they fall on ("a ban on X"), not what they are about
#: ("information on X", "talks on Y").
BEARING_ON = frozenset((
    "ban", "sanction", "sanctions", "restriction", "embargo", "curfew", "blockade", "siege",
    "limit", "limitation", "tariff", "duty", "tax", "levy", "pressure", "crackdown", "boycott",
    "moratorium", "freeze", "control", "veto", "attack", "strike", "raid", "assault",
    "offensive", "war", "fire", "demand", "claim", "ultimatum", "penalty", "fine", "measure",
    "action", "lockdown", "cordon", "closure", "hold", "grip", "burden", "condition",
    "precondition", "hostility", "reprisal", "retaliation", "punishment", "charge", "accusation",
    "bombardment", "shelling", "missile", "rocket", "airstrike"))
#: Object nouns that are the actor's own means, not someone acted on ("send troops").
OWN_MEANS = frozenset((
    "troop", "troops", "force", "forces", "soldier", "soldiers", "peacekeeper", "peacekeepers",
    "personnel", "police", "policeman", "policemen", "unit", "units", "warship", "warships",
    "jet", "jets", "plane", "planes", "aircraft", "expert", "experts", "team", "teams",
    "worker", "workers", "official", "officials", "observer", "observers", "monitor",
    "monitors", "adviser", "advisers", "advisor", "advisors", "delegation", "envoy", "envoys",
    "marine", "marines", "contingent", "battalion", "battalions", "brigade", "brigades",
    "army", "navy", "military", "staff", "representative", "representatives", "diplomat",
    "diplomats", "ambassador", "minister", "volunteer", "volunteers", "engineer", "engineers",
    "doctor", "doctors", "medic", "medics", "rescuer", "rescuers", "inspector", "inspectors"))


_BACK_REFERRING = frozenset(("the", "this", "that", "these", "those", "its", "their", "his",
                             "her"))


#: Who is expelled when ordered to leave, and what they are ordered to leave.
_EXPELLED = frozenset(("diplomat", "ambassador", "envoy", "attache", "attaché", "consul",
                       "staff", "foreigner", "national", "journalist", "correspondent",
                       "official", "observer", "representative", "mission", "monitor"))
_LEFT_TERRITORY = frozenset(("country", "territory", "kingdom", "republic", "state"))


def _expelled(order, leave) -> bool:
    """"ordered two French diplomats to leave", "told the envoy to leave the country": an
    expulsion; "ordered residents to leave their homes" is an evacuation, not one."""
    obj = _child(order, "dobj") or _child(leave, "nsubj")
    place = _child(leave, "dobj")
    if place is not None and (_lemma(place) in _LEFT_TERRITORY
                              or place.ent_type_ == "GPE"):
        return True
    return obj is not None and _lemma(obj) in _EXPELLED


def _deadline_to_leave(give):
    """The "leave" of "gave the ambassador 72 hours to leave the country": a deadline to quit
    the country is an expulsion."""
    for span in give.children:
        if span.dep_ not in ("dobj", "npadvmod") or _lemma(span) not in (
                "hour", "day", "week", "month"):
            continue
        leave = next((c for c in (*span.children, *give.children)
                      if c.dep_ in ("relcl", "acl", "xcomp", "advcl")
                      and _lemma(c) in ("leave", "vacate", "quit")), None)
        if leave is None:
            continue
        place = _child(leave, "dobj")
        people = [c for c in give.children if c.dep_ in ("dobj", "dative") and c is not span]
        if place is not None and (_lemma(place) in _LEFT_TERRITORY or place.ent_type_ == "GPE"
                                  or _lemma(place) == "base") \
                or any(_lemma(p) in _EXPELLED or p.ent_type_ == "PERSON" for p in people):
            return leave
    return None


#: Verbs whose object can only be people: who is arrested, abducted, killed or wounded.
PEOPLE_OBJECT_VERBS = frozenset((
    "arrest", "detain", "apprehend", "abduct", "kidnap", "deport", "jail", "imprison",
    "kill", "injure", "wound", "shoot", "stab", "execute", "behead", "massacre", "torture",
    "hold", "free", "release", "rescue", "evacuate"))


def _harmed_people(verb, trigger) -> Actor | None:
    """The people a verb that only takes people acts on, when the tables know no such word
    ("arrested at least 40 dockworkers", "detained three lecturers"): their words, with no
    country or sector said (unknown stays null)."""
    if _lemma(verb) not in PEOPLE_OBJECT_VERBS and not (
            trigger.mode == "release" and _lemma(verb) in ("let", "set")) \
            or trigger.type not in ("COERCE", "ASSAULT", "RETREAT", "AID"):
        return None                     # ("let free 40 supporters")
    obj = _child(verb, "dobj") if _child(verb, "nsubjpass") is None else _child(verb,
                                                                              "nsubjpass")
    if obj is None or obj.tag_ != "NNS" or obj.pos_ != "NOUN" or _lemma(obj) in FIRED \
            or _lemma(obj) in NATURAL_CAUSES:
        return None
    return _plain_actor(obj, None)


def _plain_actor(noun, sector: str | None) -> Actor | None:
    """An actor named only by its words (the noun and what precedes it, articles dropped),
    for people the tables know no word for; no country is said."""
    toks = [t for t in noun.subtree if t.i <= noun.i and t.dep_ not in ("det", "punct")]
    if not toks:
        return None
    start = toks[0]
    text = noun.doc[start.i:noun.i + 1].text
    return Actor(text=text, name=text, country=None, sector=sector,
                 span=(start.idx, noun.idx + len(noun.text)), kind="role")


#: Words that count people ("hundreds of employees", "scores of students").
COUNT_NOUNS = frozenset(("hundred", "hundreds", "thousand", "thousands", "dozen", "dozens",
                         "score", "scores", "million", "millions", "crowd", "crowds",
                         "group", "groups", "number"))


#: Endings of nouns for people by what they do or where they are from ("cleaners",
#: "employees", "activists", "musicians", "residents", "Hongkongers").
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ee", "ant", "ent", "ite", "man", "men")
#: Plural nouns for people that end otherwise.
PEOPLE_WORDS = frozenset(("people", "men", "women", "youths", "children", "kids", "locals",
                          "crowds", "masses", "citizens", "nationals", "natives", "staff",
                          "folk", "families", "relatives", "parents", "mourners", "fans"))


def _protesters(subj) -> Actor | None:
    """The people a protest verb's plural subject names when the tables know no such word
    ("employees", "dockworkers"; "hundreds of employees"): their words, as civilians of no
    said country (the place's people once it is located). Only a plural common noun that is
    neither an event ("strikes shut the port") nor a thing."""
    if subj.pos_ != "NOUN" or subj.tag_ != "NNS" or subj.dep_ not in SUBJ + ("pobj",):
        return None
    people = subj
    if subj.lower_ in COUNT_NOUNS or _lemma(subj) in PART_NOUNS:
        of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = _child(of, "pobj") if of is not None else None
        if pobj is None or pobj.tag_ not in ("NNS", "NNPS") and pobj.ent_type_ != "NORP":
            return None
        people = pobj           # "thousands of Kashmiris", "hundreds of employees"
    if match_noun(people) is not None or _lemma(people) in FIRED \
            or _lemma(people) in NATURAL_CAUSES or people.lower_ in COUNT_NOUNS \
            or people.lower_ in FORECAST_SUBJECTS:
        return None
    if people.ent_type_ != "NORP" and people.lower_ not in PEOPLE_WORDS and not any(
            w.endswith(end) for w in (_lemma(people).lower(), people.lower_.rstrip("s"))
            for end in AGENT_ENDINGS):
        return None             # "oil prices rallied", "stocks rallied": not people
    words = [t for t in subj.subtree if t.i <= subj.i and t.dep_ not in ("det", "punct")]
    while words and words[0].pos_ == "ADP":     # "[at] 200,000 farmers"
        words = words[1:]
    first = words[0] if words else subj
    text = subj.doc[first.i:people.i + 1].text
    return Actor(text=text, name=text, country=None, sector="CVL",
                 span=(first.idx, people.idx + len(people.text)), kind="role")


def _striking_people(noun) -> Actor | None:
    """The people who "went on strike" or "staged a protest" when the tables know no such
    word ("dockworkers", "lecturers"): the plural common noun subject of the verb that carries
    the protest, as civilians of no said country (the place's people once it is located)."""
    verb = noun.head
    if noun.dep_ == "pobj":
        verb = verb.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX") or \
            _lemma(verb) not in TAKE_PART | LIGHT_VERBS:
        return None
    subj = _child(verb, "nsubj")
    if subj is None or subj.tag_ != "NNS":
        return None
    return _plain_actor(subj, "CVL")


#: What workers strike over, and who strikes: words that make a "strike" a labour one.
LABOUR_WORDS = frozenset((
    "wage", "wages", "pay", "salary", "salaries", "pension", "pensions", "bonus", "bonuses",
    "arrears", "contract", "contracts", "conditions", "hours", "layoffs", "job", "jobs",
    "union", "unions", "worker", "workers", "teacher", "teachers", "doctor", "doctors",
    "nurse", "nurses", "dockworker", "dockworkers", "miner", "miners", "driver", "drivers",
    "employee", "employees", "staff", "labour", "labor", "nationwide", "general", "24-hour",
    "48-hour", "indefinite", "work", "walkout"))


def _labour_strike(tok) -> bool:
    """"a strike over unpaid wages", "the teachers' strike": a strike of workers (PROTEST),
    told by what it is over or who holds it; a bare "strike" stays an attack."""
    if any(c.dep_ == "acl" and _lemma(c) in ("call", "organise", "organize", "announce")
           for c in tok.children):
        return True         # "a strike called by the Akali Dal"
    words = {t.lower_ for t in tok.subtree} | {_lemma(t) for t in tok.subtree}
    return bool(words & LABOUR_WORDS) and not any(
        _lemma(c) in MILITARY_STRIKE for c in tok.children if c.dep_ in ("compound", "amod"))


def _told_as_happening(f) -> bool:
    """"hit by multiple drone strikes", "a rocket attack hit the base": an attack told with
    its weapon and no definite article is one that happened, even with no party known (a
    weapon is no actor, so it leaves the event without a source); so is one that "took
    place" or "occurred"."""
    toks = [f.token] + ([f.means.token] if f.means is not None else [])
    for t in toks:
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        h = t
        if t.dep_ == "pobj" and t.head.lower_ == "of" and _lemma(t.head.head) in CARRIER_NOUNS:
            h = t.head.head     # "a couple of suicide bombings took place"
        if any(c.dep_ in ("det", "poss") and c.lower_ in _BACK_REFERRING
               for x in (t, h) for c in x.children):
            continue            # "the attack took place at 7:45 pm": told before
        if h.dep_ == "nsubj" and (_lemma(h.head) in ("occur", "happen", "erupt") or
                                  _lemma(h.head) == "take" and any(
                                      c.lower_ == "place" for c in h.head.children)):
            return True         # "suicide bombings took place in the capital"
        if f.trigger.type in ("PROTEST", "ASSAULT", "COERCE") and h.dep_ == "nsubj" \
                and h.head.tag_ == "VBD" and h.head.pos_ == "VERB" and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in h.children):
            return True         # "a strike over unpaid wages shut the port": it happened
        if any(c.dep_ in ("compound", "amod", "nmod") and (_lemma(c) in FIRED or c.lower_ in FIRED)
               for c in t.children if c.i < t.i):
            return True
    return False


def _headline_passive(verb) -> bool:
    """A bare past participle heading its clause with a subject and no object, of a verb that
    only acts on people: a headline's passive ("Five journalists detained in Cairo", "Two
    soldiers killed in Helmand"), its subject the one acted on, never the actor."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("ROOT", "conj") \
            or _lemma(verb) not in PEOPLE_OBJECT_VERBS:
        return False
    if verb.dep_ == "conj" and verb.head.tag_ != "VBN":
        return False
    return not any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "ccomp", "xcomp")
                   for c in verb.children)


def _passive_participle_of(verb):
    """The noun a bare past participle clause describes ("X appeared in court, charged with
    murder"; "police detained X, accused of sedition"), or None when ``verb`` is no such
    clause. Its noun is the one acted on, never the actor."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("advcl", "acl") or any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "csubj", "mark")
            for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "acl":
        if _root_noun_subject(verb) is not None:
            return None         # "A U.S. report called for sanctions": the main verb
        return head if head.pos_ in ("NOUN", "PROPN", "PRON") else None
    if head.pos_ not in ("VERB", "AUX"):
        return None
    return _child(head, "dobj") or _child(head, *SUBJ) or _child(head, "nsubjpass")


#: Acts done by speaking, which a reporter does in the same breath as reporting.
SPOKEN_ACTS = frozenset(("accuse", "blame", "deny", "reject", "condemn", "denounce", "urge",
                         "call", "demand", "warn", "threaten", "criticize", "criticise",
                         "praise", "welcome", "vow", "pledge", "promise", "appeal", "ask",
                         "insist", "dismiss", "rule", "refuse"))


def _said_and_did(conj, head) -> bool:
    """Whether a simple-past conjunct hung on a reported clause belongs to the reporting verb
    instead: "X said its troops had not fired ... and accused Y" (the tenses differ: the
    reported clause is a pluperfect or a future in the past, the conjunct is the reporter's
    own act, as the parser cannot tell)."""
    if conj.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass", "nsubj") for c in conj.children):
        return False
    if _lemma(conj) not in SPOKEN_ACTS:
        return False    # "said the rebels had attacked the town and killed ten": the rebels
    if head.dep_ != "ccomp" or _lemma(head.head) not in REPORTING:
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d", "would", "will", "could")
               for c in head.children)


def _object_doer(verb, finder: ActorFinder):
    """(token, actor) of the people a participle right after them describes, whatever the
    parser hung it on: "police clashed with Amazon Indians blocking a highway", "police
    arrested students protesting the fee rise" — the Indians block, the students protest."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl") or verb.i < 1:
        return None
    prev = doc[verb.i - 1]
    if prev.dep_ not in ("dobj", "pobj") or prev.pos_ not in ("NOUN", "PROPN"):
        return None
    if verb.head.i not in [a.i for a in list(prev.ancestors)[:3]]:
        return None             # the object belongs to the clause the participle hangs on
    actor = finder.for_token(prev)
    if actor is None or actor.sector not in ("CVL", "OPP", "REB", "PTY"):
        return None
    return prev, actor


def _set_off_subject(verb):
    """The subject a participle set off by commas describes, whatever the parser hung the
    participle on: "Guatemalan prosecutors, working with CICIG, opened ..."."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    for t in verb.sent:
        if t.dep_ in ("nsubj", "nsubjpass") and t.right_edge.i == verb.i - 2 \
                and t.head.i > verb.i and t.pos_ in ("NOUN", "PROPN"):
            return t
    return None


def _inherited_subject(verb, finder: ActorFinder):
    """(token, actor) of the one acting in a subject-less verb: the noun an active participle
    describes ("demonstrators protesting"), the author of a message whose participle speaks
    ("issued a statement calling on X"), or the subject of the clause the verb hangs on
    (participle, infinitive, conjunct: "approved a bill, demanding ...")."""
    s = _set_off_subject(verb)
    if s is not None:
        return s, finder.for_token(s)
    s = _object_doer(verb, finder)
    if s is not None:
        return s
    cur = verb
    for _ in range(4):
        if cur.head == cur:
            break
        if cur.pos_ in ("NOUN", "PROPN"):
            noun = cur
            s = _child(noun, "nsubj") if noun.tag_ in ("NNS", "NN") else None
            if s is not None and s.i < noun.i and noun.dep_ in ("ROOT", "ccomp", "conj"):
                # a verb tagged as a noun keeps its subject ("The government rejects/NNS
                # and condemns the decision"): a noun takes no subject
                actor = finder.for_token(s)
                if actor is None and s.pos_ == "PRON":
                    actor = _antecedent(noun, finder)
                return s, actor
            if noun.dep_ in ("dobj", "nsubjpass", "attr", "appos", "conj"):
                cur = noun.head                          # the verb that has the message
            elif noun.dep_ == "pobj" and noun.head.head != noun.head:
                cur = noun.head.head                     # "in a statement calling ..."
            else:
                break
            if cur.pos_ not in ("VERB", "AUX"):
                break
            s = _child(cur, *SUBJ)
            if s is not None:
                actor = finder.for_token(s)
                if actor is None and s.pos_ == "PRON":
                    actor = _antecedent(cur, finder)
                return s, actor
            if not (_is_nonfinite(cur) or cur.dep_ in ("xcomp", "conj", "advcl", "acl",
                                                       "acomp")):
                break
            continue
        if not (_is_nonfinite(cur) or cur.dep_ in ("xcomp", "conj", "advcl", "acl", "acomp")):
            break
        head = cur.head
        if cur.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
            if _root_noun_subject(cur) is not None:      # "The air force carried out
                return head, finder.for_token(head)      # strikes, killing ...": misparse
            if cur.tag_ == "VBN":
                break                                    # "troops stationed": the patient
            actor = finder.for_token(head)
            if actor is not None:
                return head, actor                       # "demonstrators protesting X"
            if _lemma(head) not in MESSAGE_NOUNS and head.lower_ not in MESSAGE_NOUNS:
                break
            cur = head
            continue
        if cur.dep_ == "conj" and _said_and_did(cur, head):
            head = head.head    # "X said its troops had not fired and accused Y": X accused
        if cur.dep_ == "pcomp" and head.pos_ == "ADP":
            holder = _means_holder(head)        # "X responded by sending aid", "considered
            if holder is None or any(c.dep_ == "auxpass" for c in cur.children):
                break                           # "died after being shot": the patient
            head = holder
        was = cur
        cur = head
        if cur.pos_ in ("NOUN", "PROPN"):
            continue
        s = _child(cur, *SUBJ)
        if s is None and was.dep_ == "xcomp" and _raising_passive(cur):
            if any(c.dep_ == "auxpass" for c in was.children):
                break                           # "X is said to have been killed": patient
            s = _child(cur, "nsubjpass")        # "Israel is said to have killed": Israel
        if s is not None:
            actor = finder.for_token(s)
            if actor is None and s.pos_ == "PRON" and s.lower_ in ("it", "they", "he", "she") \
                    and cur.dep_ == "conj":
                actor = _antecedent(cur, finder)    # "X sent ships, and they stayed for
            return s, actor                          # hours before withdrawing"
    return None, None


#: Verbs whose passive tells hearsay of its subject's act ("X is reported to have killed").
RAISING = frozenset(("say", "report", "believe", "think", "allege", "know", "understand",
                     "rumour", "rumor", "suspect", "claim", "fear"))


def _raising_passive(verb) -> bool:
    return _lemma(verb) in RAISING and any(c.dep_ == "auxpass" for c in verb.children)


#: Prepositions whose gerund is done by the subject of the verb they hang on: the means
#: ("by sending aid") and the time ("after meeting X", "while visiting Y"); not "in", whose
#: gerund may be another's ("skeptical about Iran's motives in providing cash").
GERUND_PREPS = frozenset(("by", "after", "before", "upon", "while", "since", "through"))
#: Nouns for a course of action someone weighs ("considering the possibility of sending").
OPTION_NOUNS = frozenset(("possibility", "option", "prospect", "idea", "feasibility"))


def _means_holder(prep):
    """The verb whose subject does what a gerund after ``prep`` tells: "X responded by sending
    aid" (the means of X's act), "after meeting Y, X called for ..." (X met Y), "X is
    considering the possibility of providing experts" (a course X weighs); None for any other
    preposition ("accused of", "praised Y for sending") or a noun's ("motives in providing")."""
    holder = prep.head
    if prep.lower_ in GERUND_PREPS and prep.dep_ == "prep" and holder.pos_ == "VERB":
        return holder               # "after meeting Netanyahu, Biden called for ..."
    if prep.lower_ == "of" and _lemma(holder) in OPTION_NOUNS and holder.dep_ == "dobj" \
            and holder.head.pos_ == "VERB" and _lemma(holder.head) not in DISMISSING \
            and _lemma(holder.head) not in NEGATING_CONTROL:
        return holder.head
    return None


#: Verbs that move forces about: a passive one's forces are their own side's, moving.
DEPLOYING = frozenset(("deploy", "redeploy", "station", "dispatch", "withdraw", "pull",
                       "mobilize", "mobilise", "recall", "send"))
#: Types of acts on a measure (lifting, easing, tightening it): its owner does them.
MEASURE_TYPES = frozenset(("CONCEDE", "SANCTION", "COERCE", "RETREAT"))


def _measure_owner(measure, finder: ActorFinder):
    """(owner, the one it bears on) of a measure named as a passive subject with no "by"
    phrase: "Israel's blockade of Gaza was eased" (a possessor owns it), "UN sanctions against
    Iran were lifted" (a modifier owns it when the measure names whom it falls on besides:
    "Iran sanctions" alone are those on Iran). (None, None) when no owner is said."""
    on = _object_prep_target(measure, finder)
    for mod in measure.children:
        if mod.i > measure.i or mod.dep_ not in ("poss", "compound", "amod", "nmod"):
            continue
        if mod.dep_ != "poss" and on is None:
            continue
        if mod.pos_ not in ("PROPN", "NOUN", "ADJ"):
            continue
        owner = finder.for_token(mod)
        if owner is None or owner.kind == "place" or (
                on is not None and (owner.name == on.name or owner.span == on.span)):
            continue
        return owner, on
    return None, None


#: Verbs whose past participle takes an object even in the passive ("refugees given aid",
#: "journalists denied entry"): their object says nothing of the voice.
DITRANSITIVE = frozenset(("give", "offer", "grant", "award", "hand", "send", "promise", "deny",
                          "show", "tell", "ask", "lend", "pay", "allow", "charge", "teach",
                          "sell", "issue", "serve", "refuse", "assign", "bring"))


def _root_noun_subject(verb):
    """The subject of a main verb the parser hung, as a participle, on the sentence's first
    noun phrase, which it made the root: "The Iraqi air force carried out three air strikes
    ..." (force <-acl- carried), "A U.S. report called for sanctions". Only where the verb
    cannot be a passive participle describing the noun: it takes a direct object (no
    double-object verb: "refugees given aid"), or it is a message speaking ("a report
    condemned"). Headline passives ("Five journalists detained in Cairo", "a strike called
    for Monday") have neither and stay the patient."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD"):
        return None
    head = verb.head
    if head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or head.i > verb.i:
        return None
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent", "mark")
           for c in verb.children):
        return None
    if any(t.i > head.i and t.i < verb.i and t.dep_ in ("relcl", "acl", "punct", "cc")
           for t in head.subtree):
        return None                 # "the troops, stationed ...": a described noun
    if _child(verb, "dobj") is not None and _lemma(verb) not in DITRANSITIVE:
        return head
    if _lemma(verb) in ACTIVE_ONLY_CONTROL and _child(verb, "xcomp") is not None:
        return head                 # "Al-Shabaab militants threatened on Saturday to ..."
    if (_lemma(head) in MESSAGE_NOUNS or head.lower_ in MESSAGE_NOUNS) \
            and _lemma(verb) in SPOKEN_ACTS:
        return head
    return None


#: Verbs whose participle with a to-infinitive is never a passive ("militants threatened to
#: strike" is their threat; "troops ordered to leave" may be the order they were given).
ACTIVE_ONLY_CONTROL = frozenset(("threaten", "vow", "pledge", "refuse", "agree", "decide",
                                 "offer", "try", "plan", "seek", "attempt", "fail", "vote",
                                 "announce"))


#: Passive forms that tell their subject's own stance ("Israel is opposed to ...").
STATIVE_PASSIVES = frozenset(("opposed", "determined", "resolved", "inclined", "disposed"))


#: Means of harm named in a passive clause ("killed in a bomb blast", "hit by a rocket").
HARM_MEANS = FIRED | frozenset(("explosion", "explosions", "blast", "blasts", "bombing",
                                "bombings", "attack", "attacks", "device", "devices", "ied",
                                "ieds", "mine", "mines", "landmine", "landmines", "airstrike",
                                "airstrikes", "strike", "strikes", "raid", "raids", "ambush",
                                "shelling", "gunfire", "crossfire", "explosive", "explosives"))


def _weapon_source(verb, finder: ActorFinder) -> Actor | None:
    """The attacker a passive clause names only by the weapon ("was killed in a car bomb
    explosion in Beirut", "were killed by an explosive device near Basra"): the unnamed
    attackers of the place, as CAMEO coders code it; nothing when no place is said."""
    for prep in verb.children:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in ("in", "by", "during"):
            continue
        pobj = _child(prep, "pobj")
        if pobj is None or (_lemma(pobj) not in HARM_MEANS and pobj.lower_ not in HARM_MEANS):
            continue
        actor = finder.for_token(pobj)
        if actor is not None and actor.country is not None:
            return actor
    return None


def _blamed_on(weapon, finder: ActorFinder) -> Actor | None:
    """Whom the telling blames for a bomb or an attack that did the harm, or who set it: "a
    bomb blamed on Islamist militants tore through a market", "a car bomb planted by
    dissident republicans ripped through Omagh"."""
    for acl in weapon.children:
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and _lemma(acl) == "blame":
            on = next((c for c in acl.children if c.dep_ == "prep" and c.lower_ == "on"), None)
            if on is not None:
                return finder.for_token(_child(on, "pobj"))
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and _lemma(acl) in PLANTED:
            by = _child(acl, "agent")           # "a car bomb planted by dissident republicans"
            if by is not None:
                return finder.for_token(_child(by, "pobj"))
    return None


#: Sectors of the state, who police protests rather than make them.
STATE_SIDE = frozenset(("GOV", "MIL", "JUD", "LEG"))
#: Verbs of setting a bomb: its agent is the attacker.
PLANTED = frozenset(("plant", "detonate", "set", "place", "hide", "fire", "launch", "drop"))


def _claimant(noun, finder: ActorFinder) -> Actor | None:
    """Who owns up to an act: "X claimed responsibility for the bombings", "X was responsible
    for the killing of Y"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    holder = noun.head.head
    if _lemma(holder) == "responsibility" and holder.dep_ in ("dobj", "nsubjpass"):
        verb = holder.head
    elif _lemma(holder) == "responsible" and holder.dep_ in ("acomp", "amod", "oprd"):
        verb = holder.head
    else:
        return None
    subj = _child(verb, "nsubj")
    if subj is None:
        return None
    actor = finder.for_token(subj)
    if actor is None and subj.pos_ == "PRON":
        actor = _antecedent(verb, finder)
    return actor


def _misparsed_subject(verb, finder: ActorFinder):
    """A finite verb the parser left without a subject often has its subject hung on it under
    another label ("USAID provided ..." with USAID read as an adverb): a capitalised word
    before the verb, in its own clause, that names a known actor."""
    for child in verb.children:
        if child.i >= verb.i:
            break
        if child.dep_ not in ("advmod", "npadvmod", "dep", "nmod", "amod", "compound", "meta",
                              "intj", "attr"):
            continue
        if not (child.text[:1].isupper() and any(c.isalpha() for c in child.text)):
            continue
        if any(c.dep_ == "punct" and c.i > child.i for c in child.children):
            continue
        actor = finder.for_token(child)
        if actor is not None:
            return child, actor
    return None, None


def _addressee(verb, finder: ActorFinder, source: Actor | None) -> Actor | None:
    """Whom a demand is made of: the subject of the clause that says what must be done
    ("demanded that the US cancel its plans", "insisted that Israel withdraw")."""
    for child in verb.children:
        if child.dep_ != "ccomp" or child.pos_ not in ("VERB", "AUX"):
            continue
        subj = _child(child, "nsubj", "nsubjpass")
        if subj is not None and subj.lower_ in ("it", "they"):     # "accused X of ... and
            actor = _object_antecedent(subj, finder, _child(verb, *SUBJ))  # demanded that
            if actor is not None and not (source is not None              # it hand over"
                                          and actor.name == source.name):
                return actor
            continue
        if subj is None or subj.pos_ == "PRON":
            continue
        actor = finder.for_token(subj)
        if actor is not None and not (source is not None and actor.name == source.name):
            return actor
    return None


def _object_prep_target(obj, finder: ActorFinder, depth: int = 0) -> Actor | None:
    """The party an object noun bears on: "lifted a ban on X", "imposed restrictions against
    Y", "refused a request from Z", "eased restrictions imposed on W"."""
    for child in obj.children:
        if child.dep_ == "prep" and (child.lower_ in OBJECT_TARGET_PREPS or child.lower_ == "of"
                                     and (_lemma(obj) in BEARING_ON or obj.lower_ in BEARING_ON)
                                     and _lemma(obj) not in ("demand", "claim", "condition")):
            # "of" after a measure names who it falls on ("lifted its blockade of Qatar")
            if child.lower_ in ("on", "upon") and _lemma(obj) not in BEARING_ON \
                    and obj.lower_ not in BEARING_ON:
                continue
            actor = finder.for_token(_child(child, "pobj"))
            if actor is None and child.lower_ == "to" and _lemma(obj) in DELIVERED:
                actor = finder.place(_child(child, "pobj"))    # "aid deliveries to Gaza"
            if actor is not None:
                return actor
        elif child.dep_ == "prep" and child.lower_ in ("in", "of") and depth == 0 and (
                _lemma(obj) in AMOUNTS or obj.lower_ in AMOUNTS or obj.like_num):
            inner = _child(child, "pobj")           # "$3 million in funding to Lebanon",
            if inner is not None:                   # "25,000 tons of food aid to X"
                actor = _object_prep_target(inner, finder, 1)
                if actor is not None:
                    return actor
        elif child.dep_ == "acl" and child.tag_ == "VBN" and depth == 0:
            for prep in child.children:         # "the curfew imposed on Palestinians"
                if prep.dep_ == "prep" and prep.lower_ in ("on", "upon", "against"):
                    actor = finder.for_token(_child(prep, "pobj"))
                    if actor is not None:
                        return actor
    return None


#: Subordinators of the condition a threat or demand sets ("unless Israel rescinds it").
CONDITIONS = frozenset(("unless", "if", "until"))
#: Nouns of a stance whose object is the one opposed ("to show their disapproval of X").
STANCE_NOUNS = frozenset(("disapproval", "opposition", "anger", "outrage", "displeasure",
                          "discontent", "rejection", "condemnation", "defiance", "protest",
                          "indignation", "frustration", "dissatisfaction"))
STANCE_PREPS = frozenset(("of", "at", "over", "against", "to", "toward", "towards", "with",
                          "for"))
#: Targets that are a place or a thing in it, not a party ("blocked streets").
PLACE_KINDS = frozenset(("place", "property"))
#: Activities a state bans, threatens or will not tolerate, whose "by" phrase names the
#: ones it falls on ("will no longer tolerate rallies by the Kifaya movement").
ACTIVITIES = frozenset(("rally", "protest", "demonstration", "march", "gathering", "meeting",
                        "activity", "strike", "campaign", "attack", "incursion", "violation",
                        "provocation", "broadcast", "publication", "sit-in", "boycott"))
#: Types whose target may be the one a condition, a stance or a banned activity names.
CONDITION_TYPES = frozenset(("THREATEN", "REQUEST", "PROTEST"))
STANCE_TYPES = frozenset(("PROTEST", "REJECT", "ACCUSE"))
ACTIVITY_TYPES = frozenset(("THREATEN", "COERCE", "SANCTION", "REJECT"))


def _clause_target(tok, etype: str, finder: ActorFinder, source: Actor | None
                   ) -> Actor | None:
    """The party that what is demanded, threatened or protested names outside the
    trigger's own arguments: the subject of a demand's that-clause ("its demand that Jordan
    ease ..."), of a threat's condition ("a strike unless the government raises wages"),
    the object of a stance ("in defiance of Chinese authorities", "to show their
    disapproval of the United States' policies"), or the doers of an activity banned or not
    tolerated ("rallies by the Kifaya movement"). Never the source itself or a pronoun."""
    def actor_of(t) -> Actor | None:
        if t is None or t.pos_ == "PRON":
            return None
        a = finder.for_token(t)
        if a is None:                       # "the United States' policies": the owner
            owner = _child(t, "poss")
            a = finder.for_token(owner) if owner is not None and owner.pos_ != "PRON" else None
        if a is None or source is not None and (a.name == source.name or a.span == source.span):
            return None
        return a

    # the trigger and the verbs it controls ("threatened to hold a strike unless ...")
    chain = [tok] + [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    if etype == "REQUEST" and tok.pos_ == "NOUN":
        for c in tok.children:
            if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that"
                                                  for m in c.children):
                a = actor_of(_child(c, "nsubj", "nsubjpass"))
                if a is not None:
                    return a
    if etype == "THREATEN":
        for c in tok.children:              # "warned that media outlets would face ..."
            if c.dep_ == "ccomp" and _penalty_faced(c):
                a = actor_of(_child(c, "nsubj"))
                if a is not None:
                    return a
    if etype in CONDITION_TYPES:
        for v in chain:
            for c in v.children:
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS
                                             for m in c.children):
                    a = actor_of(_child(c, "nsubj", "nsubjpass"))
                    if a is not None:
                        return a
    if etype in STANCE_TYPES:
        holders = chain + [g for v in chain for c in v.children if c.dep_ in ("advcl", "prep")
                           for g in ([c] + list(c.children))]
        for h in holders:
            if h.lower_ in STANCE_NOUNS or _lemma(h) in STANCE_NOUNS:
                for prep in h.children:
                    if prep.dep_ == "prep" and prep.lower_ in STANCE_PREPS:
                        a = actor_of(_child(prep, "pobj"))
                        if a is not None:
                            return a
    if etype in ACTIVITY_TYPES:
        for v in chain:
            obj = _child(v, "dobj")
            if obj is not None and _lemma(obj) in ACTIVITIES:
                by = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "by"),
                          None)
                a = actor_of(_child(by, "pobj")) if by is not None else None
                if a is not None:
                    return a
    return None


def _names(actor: Actor, tok) -> bool:
    """Whether the actor's words include the token (an actor named by the phrase), not only a
    modifier of a thing ("US funding" names funding, not the US)."""
    return actor.span is None or actor.span[0] <= tok.idx < actor.span[1]


def _helped(verb, finder: ActorFinder) -> Actor | None:
    """Whom an act of help is for, from its purpose clause: "sent aid to help North Korea
    cope", "donated ventilators to assist Ethiopia", "funds to help people in Somalia"."""
    for clause in list(verb.children) + [g for c in verb.children if c.dep_ == "dobj"
                                         for g in c.children]:
        if clause.dep_ not in ("advcl", "xcomp", "acl") or not _is_infinitive(clause) \
                or _lemma(clause) not in HELPING:
            continue
        obj = _child(clause, "dobj")
        if obj is None:                     # "to help North Korea cope": the one who copes
            comp = _child(clause, "ccomp", "xcomp")
            obj = _child(comp, "nsubj") if comp is not None else None
        if obj is None:
            continue
        actor = finder.for_token(obj)
        if actor is not None:
            return actor
    return None


def _controlled_target(verb, finder: ActorFinder, ttype: str | None, depth: int = 0
                       ) -> Actor | None:
    """The target of what a verb says its subject will do, when that is no event of its own:
    "threatened to cut off electricity to X", "promised to continue military aid to Y",
    "refused to commit to any assistance to the US-led war"."""
    xc = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
               and _is_infinitive(c)), None)
    if xc is None and depth == 0:           # "accepted an invitation to meet with X"
        obj = _child(verb, "dobj")
        xc = next((c for c in obj.children if c.dep_ == "acl" and c.pos_ == "VERB"
                   and _is_infinitive(c)), None) if obj is not None else None
    if xc is None:
        return None
    obj = _child(xc, "dobj", "dative")
    if obj is not None and (obj.lower_ in OWN_MEANS or _lemma(obj) in OWN_MEANS):
        obj = None                                  # "offered to send 3,000 troops to X"
    if obj is not None:
        actor = finder.for_token(obj)
        if actor is not None and _names(actor, obj):
            return actor                            # not "to pull US funding": the US's own
    preps = TARGET_PREPS + ("to", "for")
    about = obj is not None and _lemma(obj) not in BEARING_ON and obj.lower_ not in BEARING_ON
    for prep in xc.children:
        if about and prep.lower_ in ("on", "upon", "over"):
            continue                                # "to share information on X": a topic
        if prep.dep_ in ("prep", "dative") and prep.lower_ in preps:
            pobj = _child(prep, "pobj")
            actor = finder.for_token(pobj)
            if actor is None and pobj is not None:
                actor = _object_prep_target(pobj, finder, 1)
            if actor is not None:
                return actor
    if obj is not None:
        actor = _object_prep_target(obj, finder)
        if actor is not None:
            return actor
    if depth == 0:
        return _controlled_target(xc, finder, ttype, 1)
    return None


#: Verbs of going somewhere: a meeting one goes to is a visit ("flew to Tokyo for talks").
TRAVEL = frozenset(("travel", "fly", "go", "head", "arrive", "journey", "come", "leave",
                    "return", "jet", "sail", "drive", "ride", "cross"))


PHONE_WORDS = frozenset(("phone", "telephone", "videophone", "video", "videoconference",
                         "teleconference", "hotline", "zoom"))


def _by_phone(verb) -> bool:
    """Whether a verb of talking says it was done by phone ("spoke by telephone with X",
    "talked over the phone")."""
    return any(c.dep_ == "prep" and c.lower_ in ("by", "over", "on", "via")
               and any(g.dep_ == "pobj" and g.lower_ in PHONE_WORDS for g in c.children)
               for c in verb.children)


def _visited(f: Found, finder: ActorFinder, source: Actor | None) -> Actor | None:
    """The host of a visit told by where the visitor goes: "arrived in New Delhi for a
    two-day visit", "a state visit to the United Kingdom" (the country, or the place's)."""
    tok = f.token
    holders = [tok]
    if f.nominal and tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB":
        holders.append(tok.head.head)       # "travelled to Tokyo for talks"
    elif f.nominal and tok.dep_ in ("dobj", "nsubj"):
        holders.append(tok.head)            # "will make a state visit to X"
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "to", "into"):
                continue
            pobj = _child(prep, "pobj")
            actor = finder.for_token(pobj) or finder.place(pobj)
            if actor is not None and not (source is not None and (
                    actor.name == source.name or actor.kind == "place"
                    and actor.country == source.country)):
                return actor
    return None


def _travel_for(f: Found) -> bool:
    """Whether a meeting noun is what someone travels for ("is due to travel to Tokyo for
    talks", "flew to Guyana for a summit")."""
    tok = f.token
    if not f.nominal or tok.dep_ != "pobj" or tok.head.lower_ not in ("for", "to"):
        return False
    holder = tok.head.head
    if holder.pos_ != "VERB" or _lemma(holder) not in TRAVEL:
        return False
    subj = _child(holder, *SUBJ)          # "U.S. and Russian negotiators return to Geneva
    return subj is None or not (subj.conjuncts or any(    # for talks": both go to a third
        m.conjuncts for m in subj.children if m.dep_ in ("amod", "compound", "nmod")))  # place


#: Types told of two parties at once: "X and Y agreed / met / held joint exercises".
RECIPROCAL_TYPES = frozenset(("AGREE", "CONSULT", "COOPERATE"))
RECIPROCAL_VERBS = frozenset(("clash", "fight", "battle", "skirmish"))


def _partner(source_tok, source: Actor, finder: ActorFinder) -> Actor | None:
    """The other party of a joint subject: "Canada and the United Kingdom agreed" (the next
    conjunct), "Hungarian and Romanian officials agreed" (the other nationality)."""
    # (the parser sometimes makes "X and Y signed" two subjects of the verb, not conjuncts)
    siblings = [t for t in source_tok.head.children if t.dep_ == source_tok.dep_
                and t.i > source_tok.i and any(
                    w.lower_ == "and" for w in source_tok.doc[source_tok.i:t.i])] \
        if source_tok.dep_ in ("nsubj", "nsubjpass") and source_tok.head is not source_tok \
        else []
    for conj in [*source_tok.conjuncts, *siblings]:
        if conj.i < source_tok.i or conj.pos_ not in ("NOUN", "PROPN"):
            continue
        actor = finder.for_token(conj)
        if actor is not None and actor.name != source.name and (
                actor.country is None or actor.country != source.country
                or actor.kind in ("person", "group", "org")
                and source.kind in ("person", "group", "org")):
            return actor        # ("President al-Bashir and rebel leader Garang signed")
    for mod in source_tok.children:
        if mod.dep_ not in ("amod", "compound", "nmod") or mod.i > source_tok.i:
            continue
        for other in mod.conjuncts:
            if other.i <= mod.i or other.i >= source_tok.i:
                continue
            code = knowledge_base().country_of_demonym(other.text)
            if code is None:
                code = _country_word(other, finder)     # "Russian and US navies"
            if code is None or code == source.country:
                continue
            info = knowledge_base().country(code)
            return Actor(text=other.text, name=info.name if info else code, country=code,
                         sector=source.sector, span=(other.idx, other.idx + len(other.text)),
                         kind=source.kind)
    # "UK and EU negotiators", "Pakistan and Afghanistan's services": two modifiers joined
    # by "and" that the parser did not make conjuncts; "the armies of Brazil and Argentina"
    mods = [m for m in source_tok.children if m.dep_ in ("amod", "compound", "nmod", "poss")
            and m.i < source_tok.i]
    if len(mods) >= 2 and any(t.lower_ == "and" for t in source_tok.doc[mods[0].i:mods[-1].i]):
        for mod in mods + [c for m in mods for c in m.children
                           if c.dep_ in ("conj", "nmod", "compound")]:
            code = knowledge_base().country_of_demonym(mod.text) or _country_word(mod, finder)
            if code is not None and code != source.country:
                info = knowledge_base().country(code)
                return Actor(text=mod.text, name=info.name if info else code, country=code,
                             sector=source.sector, span=(mod.idx, mod.idx + len(mod.text)),
                             kind=source.kind)
            if code is None and mod.pos_ == "PROPN":           # "UK and EU negotiators"
                actor = finder.lookup(mod.doc[mod.i:mod.i + 1])
                if actor is not None and actor.country is None and actor.kind != "place" \
                        and actor.name != source.name and source.text.find(mod.text) > 0:
                    return actor
    for prep in source_tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            pobj = _child(prep, "pobj")
            for conj in (pobj.conjuncts if pobj is not None else ()):
                actor = finder.for_token(conj)
                if actor is not None and actor.country is not None \
                        and actor.country != source.country:
                    return actor
    return None


def _country_word(tok, finder: ActorFinder) -> str | None:
    """The country a single name word stands for ("US", "EU" has none), or None."""
    if tok.pos_ != "PROPN":
        return None
    actor = finder.lookup(tok.doc[tok.i:tok.i + 1])
    return actor.country if actor is not None and actor.kind == "country" else None


def _antecedent(verb, finder: ActorFinder) -> Actor | None:
    """A pronoun subject of an embedded clause most often names the subject of the clause
    that embeds it; look no further (unknown stays null)."""
    cur = verb
    for _ in range(3):
        if cur.head == cur or cur.dep_ not in ("ccomp", "advcl", "xcomp", "conj"):
            return None
        cur = cur.head
        s = _child(cur, "nsubj", "nsubjpass")
        if s is not None and s.pos_ != "PRON":
            return finder.for_token(s)
    return None


#: Participles whose "by" phrase names who did the act a noun tells ("the attack claimed by
#: X", "protests organised by Y", "a raid carried out by Z"); not "backed by", "condemned by".
DONE_BY = frozenset(("claim", "organise", "organize", "stage", "lead", "call", "carry",
                     "launch", "conduct", "mount", "perpetrate", "commit", "order", "impose",
                     "declare", "plan"))


def _named_antecedent(verb) -> Actor | None:
    """The person a "he"/"she" subject of a reported clause stands for when the tables know
    no such name: the named subject of the clause that reports it (as ``_named_person``)."""
    cur = verb
    for _ in range(3):
        if cur.head == cur or cur.dep_ not in ("ccomp", "advcl", "xcomp", "conj"):
            return None
        cur = cur.head
        s = _child(cur, "nsubj")
        if s is not None and s.pos_ != "PRON":
            return _named_person(s)
    return None


#: Verbs by which their subject does or voices the event their object noun names ("pledged
#: support", "levied sanctions", "orchestrated the attacks"): a second conjunct with one of
#: them takes the first one's subject ("met X in Naypyitaw and pledged support for ...",
#: "agreed to develop drones and to expand naval exercises").
#: Verbs acting on an event already there ("violated that deal") do not.
CONJUNCT_DOING = frozenset(("pledge", "promise", "express", "voice", "reaffirm", "reiterate",
                            "renew", "affirm", "extend", "offer", "announce", "levy",
                            "orchestrate", "mastermind", "perpetrate", "give", "expand",
                            "deepen", "broaden", "strengthen", "boost")) | LODGING_FORMALLY


def _noun_source_target(noun, ttype: str, finder: ActorFinder, mode: str | None = None):
    source = target = between = weak = None
    weapon = False                      # the weak modifier names a weapon ("drone attack")
    places: set = set()                 # spans of modifiers that name where, not who
    for child in noun.children:
        if child.i < noun.i and child.dep_ in ("compound", "amod", "poss", "nmod") \
                and source is None:
            source = finder.for_token(child)
            if source is not None and child.dep_ == "poss" and target is None \
                    and _lemma(noun) in SUFFERED and _a_person(child, source) \
                    and not any(c.dep_ in ("prep", "agent") and c.lower_ in ("of", "by")
                                for c in noun.children):
                target, source = source, None     # "Nabil's murder": the one it befell
                continue
            if source is None and child.dep_ != "poss":      # "Russian deployment"
                source = finder.lookup(noun.doc[child.left_edge.i:noun.i + 1])
                if source is not None and source.span in places:
                    source = None
            if source is not None and child.pos_ == "ADJ" and (
                    source.country is None or source.kind == "role"):
                source = None                     # "a firm rejection", "military aid"
            if source is not None and ttype == "AGREE" and child.dep_ == "compound" \
                    and source.country is None and source.sector is None:
                source = None                     # "the Dayton accord": the accord's name
            if source is not None and child.dep_ in ("compound", "amod") \
                    and source.kind in ("government", "country") and child.pos_ == "PROPN" \
                    and child.ent_type_ in ("GPE", "LOC") \
                    and knowledge_base().country_of_name(child.text) is None:
                places.add(source.span)
                source = None                     # "the Ankara attack", "a Kabul car
                                                  # bombing": where, not who
            if source is not None and child.dep_ != "poss" and (
                    source.kind == "unidentified" or source.country is None
                    and source.kind == "role" or source.kind == "role"
                    and (_lemma(child) in FIRED or child.lower_ in FIRED)):
                weapon = _lemma(child) in FIRED or child.lower_ in FIRED
                weak, source = source, None       # "cruise-missile attack", "troop withdrawal":
                                                  # the one who launched it says more
        elif child.dep_ in ("prep", "agent"):
            pobj = _child(child, "pobj")
            word = child.lower_
            if word == "by" and source is None:
                source = finder.for_token(pobj)
            elif word == "of":
                actor = finder.for_token(pobj)
                if ttype in OF_IS_TARGET or ttype == "RETREAT" and mode == "release" \
                        or _lemma(noun) in PATIENT_OF:
                    if actor is None and pobj is not None and ttype in ("SANCTION", "COERCE"):
                        actor = _object_prep_target(pobj, finder)  # "a suspension of aid to X"
                    target = target or actor      # "the release of two prisoners"
                elif actor is not None and actor.country is None and actor.kind == "role" \
                        and source is None:
                    weak = weak or actor          # "the deployment of 230 troops"
                else:
                    source = source or actor
            elif (word in TARGET_PREPS or ttype in OWN_FORCES_TYPES and word in ("to", "in")) \
                    and target is None:
                target = finder.for_token(pobj)   # "the deployment of troops to Liberia"
            elif word == "between" and between is None:
                between = finder.for_token(pobj)       # the parties: used below
            elif word in ("for", "to") and target is None and (
                    ttype in TO_TARGET_TYPES or ttype == "COERCE" and word == "for"
                    or ttype == "SANCTION" and word == "to"):     # "a suspension of aid to X"
                target = finder.for_token(pobj)
    carrier = noun                     # "began a new round of joint exercises"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" \
            and _lemma(noun.head.head) in CARRIER_NOUNS:
        carrier = noun.head.head
    elif noun.dep_ == "pobj" and noun.head.lower_ in ("in", "of") \
            and _lemma(noun.head.head) in ("million", "billion", "dollar", "euro", "pound",
                                           "mark", "yen", "franc", "rupee", "yuan"):
        carrier = noun.head.head       # "announced $33 million in assistance"
    if target is None and carrier is not noun and ttype in TO_TARGET_TYPES:
        for prep in carrier.children:           # "$10 million in assistance for X"
            if prep.dep_ == "prep" and prep.lower_ in ("for", "to"):
                target = finder.for_token(_child(prep, "pobj"))
                if target is not None:
                    break
    slot = carrier                      # "launched air and artillery strikes": the first
    while slot.dep_ == "conj" and slot.head.pos_ in ("NOUN", "PROPN"):     # conjunct's place
        slot = slot.head
    if slot is not carrier and not (slot.dep_ == "dobj" and _lemma(slot.head) in LIGHT_VERBS):
        slot = carrier                  # only a verb of doing shares its subject so ("refuted
                                        # the comments on ... and the killing of farmers")
    if source is None and slot.dep_ in ("dobj", "nsubjpass") and slot.head.pos_ == "VERB":
        verb = slot.head
        subj = _child(verb, *SUBJ)
        if _lemma(verb) in RECEIVING and subj is not None:
            if ttype in RECEIVED_TYPES:
                target = target or finder.for_token(subj)    # the one who receives it
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ == "from":
                    source = finder.for_token(_child(prep, "pobj"))
            subj = None
        if _lemma(verb) in TELLING or _lemma(verb) in UNDERGOING:
            subj = None                     # "Reuters reported the attack": who tells of it
        if weak is not None and _lemma(verb) not in LIGHT_VERBS:
            subj = None                     # "witnesses described the troop withdrawal"
        elif subj is None and not has_subject(verb) and (
                _lemma(verb) in LIGHT_VERBS
                and not (verb.dep_ == "xcomp" and _lemma(verb.head) in NEGATING_CONTROL)
                or verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX")
                and _lemma(verb) in CONJUNCT_DOING):
            subj, source = _inherited_subject(verb, finder)  # "... and would hold talks",
                                                             # "met X and pledged support"
        elif subj is not None:
            source = finder.for_token(subj)
            if source is None and subj.pos_ == "PRON" and subj.lower_ in ("it", "they", "we"):
                source = _antecedent(verb, finder)  # "the Alliance said it would hold
                if source is not None and subj.lower_ == "it" and source.kind == "person":
                    source = None                   # marches"
        if subj is not None:
            if source is not None and target is None and between is None \
                    and ttype in RECIPROCAL_TYPES:
                target = _partner(subj, source, finder)     # "X and Y held talks"
        if target is None:
            preps = TARGET_PREPS + (("to", "for") if ttype in TO_TARGET_TYPES else ())
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ in preps:
                    target = finder.for_token(_child(prep, "pobj"))
                    if target is not None:
                        break
    if carrier.dep_ == "dobj" and (_lemma(carrier.head) in UNDERGOING or
                                   _lemma(carrier.head) in RECEIVING and ttype in RECEIVED_TYPES):
        # "Iran faces sanctions from the EU", "Israel received a request from Egypt": the
        # noun's "from" phrase gave it, the verb's subject gets it
        frm = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"), None)
        giver = finder.for_token(_child(frm, "pobj")) if frm is not None else None
        if giver is not None:
            if target is not None and target.span == giver.span:
                target = None
            source = source or giver
        if target is None:
            target = finder.for_token(_child(carrier.head, *SUBJ))  # "the convoy survived
                                                                      # an attack"
    if source is None:
        for acl in noun.children:               # "the attack, claimed by al-Shabaab, ...",
            if acl.dep_ == "acl" and acl.tag_ == "VBN" and _lemma(acl) in DONE_BY:  # "protests
                # organised by the opposition"
                ag = _child(acl, "agent")
                source = finder.for_token(_child(ag, "pobj")) if ag is not None else None
                if source is not None:
                    break
    if source is None and target is not None:
        source = _claimant(noun, finder)          # "claimed responsibility for the attack
                                                  # on X" (a bare claim stays a statement)
    if source is None and weak is not None and not weapon:
        source = weak
    if source is None and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "on", "for") \
            and noun.head.head.pos_ in ("VERB", "AUX") \
            and _lemma(noun.head.head) in TAKE_PART | LIGHT_VERBS | TRAVEL:
        holder = noun.head.head
        subj = _child(holder, *SUBJ)          # "went on strike", "joined X for talks"
        if subj is not None:
            source = finder.for_token(subj)
            if source is None and subj.pos_ == "PRON":
                source = _antecedent(holder, finder)
        elif _lemma(holder) in TRAVEL:        # "is due to travel to Tokyo for talks"
            _, source = _inherited_subject(holder, finder)
    if source is None and noun.dep_ == "pobj" and noun.head.lower_ in ("during", "at") and \
            noun.head.head.pos_ in ("VERB", "AUX") and (
                ttype == "CONSULT" and any(c.dep_ == "prep" and c.lower_ == "with"
                                           for c in noun.children)
                or ttype == "PROTEST" and noun.head.lower_ == "during"):
        holder = noun.head.head     # "Yeltsin voiced support during talks with Shevardnadze",
        for _ in range(3):          # "youths resorted to throwing stones during
            subj = _child(holder, "nsubj")                 # demonstrations": a party to them
            if subj is None and holder.dep_ == "acl" and holder.tag_ in ("VBD", "VBN"):
                subj = holder.head                         # (the clause misread as a modifier)
            if subj is not None or holder.dep_ not in ("xcomp", "pcomp", "advcl") or \
                    holder.head is holder:
                break
            holder = holder.head.head if holder.dep_ == "pcomp" else holder.head
        if subj is not None and subj.pos_ != "PRON":
            source = finder.for_token(subj)
            if source is not None and ttype == "PROTEST" and source.sector in STATE_SIDE:
                source = None       # "police arrested 20 people during protests": not theirs
    if between is not None:            # "talks between X and Y"; a mediator's go-between
        if mode == "third-party":
            target = target or between
        else:
            source = source or between
    if source is None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
        verb = clause_verb(noun.head) if noun.head != noun else None
        subj = _child(verb, *SUBJ) if verb is not None else None
        if subj is not None and subj.pos_ != "PRON":
            source = finder.for_token(subj)                # "X continued their strike"
    if target is None and ttype in OWN_FORCES_TYPES:   # "remained on alert in the West Bank",
        holders = [noun]                                  # "the deployment of troops in X"
        if noun.dep_ == "pobj" and noun.head.head != noun.head:
            holders.append(noun.head.head)
        if noun.dep_ == "nsubj" and _lemma(noun.head) in TRAVEL:
            holders.append(noun.head)                     # "the deployment ... arrived in X"
        if carrier.dep_ in ("dobj", "nsubjpass"):
            holders.append(carrier.head)
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "to", "into", "inside", "from"):
                    target = target or finder.place(_child(prep, "pobj"))
    if source is not None and target is not None and source.name == target.name:
        target = None
    return source, target


#: Words that make an event noun one still to come ("planned rallies", "an expected
#: offensive") or only possible ("a possible strike").
PLANNED_ADJECTIVES = frozenset(("planned", "expected", "upcoming", "proposed", "scheduled",
                                "impending", "imminent", "forthcoming", "intended", "looming",
                                "plan", "expect", "propose", "schedule", "intend", "loom"))
POSSIBLE_ADJECTIVES = frozenset(("possible", "potential", "threatened", "feared", "likely",
                                 "threaten", "fear"))


def _said_to_come(noun) -> bool:
    """An event noun its own adjective puts in the future ("an expected offensive"): what
    others expect, not what its doer announced (so no threat of it)."""
    return any(c.dep_ in ("amod", "compound") and _lemma(c) in PLANNED_ADJECTIVES
               for c in noun.children)


def _modality(verb, f: Found) -> tuple[str, bool]:
    """(modality, negated) of the clause headed by ``verb``."""
    negated = f.negated_by_control
    if any(c.dep_ == "neg" for c in verb.children) or \
            any(c.dep_ == "neg" for c in f.token.children):
        negated = True
    if f.nominal and any(c.lower_ in ("no",) and c.dep_ == "det" for c in f.token.children):
        negated = True
    modality = "asserted"
    if f.nominal and _said_to_come(f.token):
        modality = "planned"                 # "ahead of planned opposition rallies"
    elif f.nominal and any(c.dep_ in ("amod", "compound") and _lemma(c) in POSSIBLE_ADJECTIVES
                           for c in f.token.children):
        modality = "hypothetical"            # "a possible attack"
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxes and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # "will share intelligence and cooperate on ...": a conjunct shares the auxiliary
        auxes = [c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")]
    if f.control_modality == "negated":
        negated = True
    elif f.control_modality and f.control_modality != "asserted":
        modality = f.control_modality
    if any(a in PLANNED_AUX for a in auxes):
        modality = "planned"
    if any(a in HYPOTHETICAL_AUX for a in auxes):
        modality = "hypothetical"
        said = verb
        while said.dep_ == "conj" and said.head != said:    # "said it had closed its border
            said = said.head                                 # and would reinforce patrols"
        if "would" in auxes and not any(a in HYPOTHETICAL_AUX - {"would"} for a in auxes) \
                and said.dep_ == "ccomp" and _lemma(said.head) in REPORTING | {"promise", "vow"}:
            modality = "planned"             # "X said it would release": future in the past
    # conditions and denials above the clause
    cur = verb
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether")
               for c in cur.children):
            modality = "hypothetical"            # "would decide whether to call a strike"
        if cur.head == cur:
            break
        if cur.dep_ == "ccomp" and _lemma(cur.head) in DENY:
            return "denied", negated
        if cur.dep_ in ("ccomp", "xcomp") and _lemma(cur.head) in ("deny",):
            return "denied", negated
        if cur.dep_ in ("acl", "ccomp", "relcl") and _lemma(cur.head) in ACCUSATION_WORDS \
                and _lemma(cur.head.head) in DISMISSING | DENY:
            return "denied", negated            # "rejected accusations that it attacked"
        cur = cur.head
    if modality == "asserted":
        if find_reporter(verb) is not None:
            modality = "reported"
        elif any(c.lower_ in HEARSAY for c in verb.children):
            modality = "reported"
        elif any(t.lower_ == "according" for t in verb.sent):
            modality = "reported"
    return modality, negated


#: Weapons of riot police: an assault with them is crowd control.
CROWD_CONTROL = frozenset(("tear", "teargas", "tear-gas", "cannon", "cannons", "rubber", "batons",
                           "pepper"))


#: Harm done to a person's body, whatever was used to do it.
PERSONAL_HARM = frozenset(("beat", "torture", "sexual", "abduct"))


def _mode(f: Found) -> str | None:
    t = f.trigger
    if t.type == "ASSAULT" and not f.nominal:
        used = _instrument_mode(f.token)
        subj = _child(f.token, "nsubj")
        if used in ("aerial", "drone") and not (subj is not None and any(
                INSTRUMENT_MODES.get(c.lower_) != used for c in subj.conjuncts)):
            return used                              # "army aircraft bombed": from the air
                                                     # (not "helicopters and tanks shelled")
    if t.type == "COERCE" and t.mode == "restrict" and not f.nominal \
            and CENSORED & _object_words(f.token):
        return "censor"                              # "ordered operators to shut down
                                                     # mobile internet"
    if t.type == "ASSAULT" and not f.nominal and t.mode not in PERSONAL_HARM \
            and CROWD_CONTROL & _object_words(f.token):
        return "crowd-control"                       # "fired tear gas at strikers" (but
                                                     # "beaten with batons" is a beating)
    if f.means is not None and f.means.trigger.mode and not (
            t.mode and _lemma(f.means.token) == "protest"
            and f.means.token.head.lower_ == "in"):
        return f.means.trigger.mode                  # ("walked out in protest" stays a
    if t.type == "ASSAULT" and not f.nominal and t.mode is None:    # boycott)
        used = _instrument_mode(f.token)
        if used is not None:
            return used                              # "a drone struck", "hit by stones"
    if f.inner is not None:
        if t.type == "THREATEN":
            if _cuts_relations(f.inner):
                return "relations"               # "threatened to break off relations"
            inner = f.inner.trigger
            if inner.mode in ("arrest", "expel", "deport"):
                return _threat_mode(inner)       # "warned that anyone ... would be arrested"
            if inner.type == "SANCTION" and inner.mode == "withdraw":
                return "relations"               # "could recall its ambassador"
            return THREAT_MODES.get(inner.type, t.mode)
        if t.type in ("REQUEST", "REJECT"):
            if f.inner.trigger.mode == "resign":
                return "change"                      # a resignation demanded: a change of
                                                     # leadership (1041)
            if f.inner.trigger.type in ("RETREAT", "CONCEDE") and not f.inner.nominal and \
                    POLICIES & _object_words(f.inner.token):
                return "change"                      # "withdraw the finance bill", "reverse
                                                     # the price rise": a policy (1042)
            return REQUEST_MODES.get(f.inner.trigger.type, t.mode)
    if t.type == "ASSAULT" and not f.nominal and _lemma(f.token) in ("fire", "launch"):
        fired = _object_words(f.token)
        if fired & HEAVY_WEAPONS:
            return "heavy-weapons"                   # "fired two ballistic missiles"
        if fired & {"bullets", "bullet", "rounds", "shots", "gunfire"}:
            return "firearms"
    if t.type == "REQUEST" and t.mode is None and not f.nominal and _asks_for_aid(f.token):
        return "assist"                     # "appealed for $2.5 billion", "asked for aid"
    if t.type == "REQUEST" and t.mode is None:
        obj_words = _object_words(f.token) | {_lemma(f.token)}
        if obj_words & {"resignation", "resign", "ouster", "removal", "dismissal",
                        "impeachment"}:
            return "change"                 # "demanded the resignation of the minister":
                                            # a change of leadership (CAMEO 1041)
        if obj_words & {"withdrawal", "withdraw", "release", "ceasefire",
                        "pullout", "surrender", "free", "cede", "evacuate"}:
            return "yield"
    return t.mode


#: What an attack is made with, named as its doer, its "by" agent or its "with" phrase
#: ("a drone struck a camp", "injured by stones thrown by protesters", "attacked with
#: knives"): the weapon gives the PLOVER mode, as what is fired does.
INSTRUMENT_MODES = {
    **dict.fromkeys(("drone", "drones", "uav", "uavs"), "drone"),
    **dict.fromkeys(("stone", "stones", "rock", "rocks", "brick", "bricks", "stick", "sticks",
                     "club", "clubs", "knife", "knives", "machete", "machetes", "axe", "axes",
                     "bat", "bats", "spear", "spears", "arrow", "arrows", "bottles",
                     "cudgel", "cudgels"), "primitive"),
    **dict.fromkeys(("warplane", "warplanes", "aircraft", "jet", "jets", "helicopter",
                     "helicopters", "gunship", "gunships", "plane", "planes"), "aerial"),
    **dict.fromkeys(("bomb", "bombs", "explosive", "explosives", "ied", "ieds", "landmine",
                     "landmines", "grenade", "grenades"), "explosives"),
    **dict.fromkeys(("missile", "missiles", "rocket", "rockets", "shell", "shells", "mortar",
                     "mortars", "artillery"), "heavy-weapons"),
}


def _instrument_mode(verb) -> str | None:
    """The mode an attack verb's weapon gives: the weapon as subject ("a drone struck"), as
    "by" agent of a passive ("were injured by stones") or as "with" object ("attacked with
    knives")."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            heads = [child]
        elif child.dep_ == "agent" or child.dep_ == "prep" and child.lower_ == "with":
            heads = [c for c in child.children if c.dep_ == "pobj"]
        else:
            continue
        for h in heads:
            mode = INSTRUMENT_MODES.get(h.lower_)
            if mode is not None:
                return mode
    return None


#: What one asks for that is aid: money (a sum) or relief ("appealed for $2.5 billion",
#: "called for humanitarian assistance", "asked for 10,000 tonnes of food").
ASKED_AID = frozenset(("aid", "assistance", "help", "relief", "funding", "funds", "fund",
                       "donation", "donations", "money", "loan", "loans", "grant", "grants",
                       "food", "medicine", "medicines", "vaccine", "vaccines", "supplies",
                       "million", "billion", "$", "€", "£", "dollar", "dollars", "euro",
                       "euros", "pound", "pounds", "tonne", "tonnes", "ton", "tons",
                       "bailout", "credit"))


def _asks_for_aid(verb) -> bool:
    """Whether a request verb's "for" phrase (or its object) is a sum of money or an aid
    noun: an appeal for aid (PLOVER REQUEST "assist"), not for calm or for talks."""
    asked = [_child(c, "pobj") for c in verb.children
             if c.dep_ == "prep" and c.lower_ == "for"]
    if _lemma(verb) in lexicon.APPEALING:
        asked.append(_child(verb, "dobj"))  # "requested $50 million" (a demanded sum is a
                                            # ransom or compensation as often as aid)
    for noun in asked:
        if noun is None:
            continue
        if noun.lower_ in ASKED_AID or _lemma(noun) in ASKED_AID:
            return True
        if noun.like_num and any(c.lower_ in ASKED_AID for c in noun.children):
            return True                     # "$2.5 billion" read with the number as head
    return False


#: What is fired that is no small arm: the mode of "fired N missiles/rockets/shells".
HEAVY_WEAPONS = frozenset(("missile", "missiles", "rocket", "rockets", "mortar", "mortars",
                           "shell", "shells", "artillery"))

#: What one breaks off when one cuts relations ("halt mediation", "sever ties").
RELATION_WORDS = frozenset(("relations", "ties", "talks", "mediation", "negotiations",
                            "dialogue", "cooperation", "contacts", "links", "diplomatic"))


def _cuts_relations(f: Found) -> bool:
    """Whether a sanction breaks off relations, talks or mediation (PLOVER's "relations"
    mode of a threat), not aid or trade."""
    if f.trigger.type != "SANCTION" or f.trigger.mode != "discontinue":
        return False
    words = {f.token.lower_} if f.nominal else _object_words(f.token)
    return bool(words & RELATION_WORDS)


def _threat_mode(trig: Trigger) -> str | None:
    if trig.mode in ("arrest", "expel"):
        return trig.mode
    if trig.mode == "deport":
        return "expel"
    return PLANNED_HARM.get(trig.type)


def _date_for(verb, f: Found, sent, dates: list[DateRef]) -> DateRef | None:
    """The date expression of the event's own phrase or clause, or of a clause whose time it
    shares (``eventwire.when.event_date``)."""
    inside: set[int] = set()
    if f.nominal:
        inside = {t.i for t in f.token.subtree}
        if f.means is not None:
            inside |= {t.i for t in f.means.token.subtree}
    return event_date(verb, sent, dates, inside, nominal=f.nominal)


def _confidence(source, target, f: Found, modality: str, date) -> float:
    c = 0.35 + (0.25 if source else 0) + (0.15 if target else 0) + (0.0 if f.nominal else 0.1)
    c += 0.05 if date else 0
    if not f.nominal and _passive_participle_of(f.token) is not None:
        c -= 0.2             # "warplanes supported by Russia pounded ...": a description
    if modality == "hypothetical":
        c -= 0.15
    elif modality == "planned":
        c -= 0.05            # announced, not done: less sure to happen
    return max(0.05, min(0.95, c))


def extract_sentence(sent, ctx: Context) -> list[Event]:
    """Events of one parsed sentence (a Span of the document's Doc)."""
    finder = ActorFinder(ctx.doc_actors)
    events: list[Event] = []
    triggers = find_triggers(sent)
    agree_at = {f.token.i for f in triggers if f.trigger.type == "AGREE" and not f.nominal}
    for f in triggers:
        tok = f.token
        if f.nominal:
            source, target = _noun_source_target(tok, f.trigger.type, finder, f.trigger.mode)
            if f.means is not None:
                s2, t2 = _noun_source_target(f.means.token, f.means.trigger.type, finder)
                source = source or s2
                target = target or t2
            verb = clause_verb(tok.head) if tok.head != tok else tok
            if target is None and f.trigger.type in ("AID", "SUPPORT", "COOPERATE"):
                target = _helped(tok, finder) or (_helped(verb, finder) if verb is not tok
                                                  else None)
            if source is None and f.trigger.type == "PROTEST":
                source = _striking_people(tok)      # "dockworkers went on strike"
            if source is None and f.trigger.type == "PROTEST":
                by = next((c for c in tok.children if c.dep_ in ("prep", "agent")
                           and c.lower_ == "by"), None)
                pobj = _child(by, "pobj") if by is not None else None
                if pobj is not None:
                    source = _protesters(pobj)      # "the strike by dockworkers"
        elif f.demander is not None:
            verb = f.demander
            source = finder.for_token(_child(verb, *SUBJ))
            target = finder.for_token(_child(tok, "nsubj", "nsubjpass"))
        elif f.caller is not None:
            verb = tok                          # the protest's own clause gives its time
            source = f.caller.actor or _verb_arguments(f.caller.token, finder, "REQUEST")[0]
            target = None
        else:
            verb = tok
            arg_type = f.trigger.type if f.trigger.mode != "release" else None
            source, target, source_tok = _verb_arguments(tok, finder, arg_type)
            described = _passive_participle_of(tok)
            if described is not None:
                # "appeared in court, charged with murder": the one described is the one
                # charged, and whoever charged them is only the "by" phrase
                ag = _child(tok, "agent")
                if source_tok is None or source_tok.i == described.i:
                    source = finder.for_token(_child(ag, "pobj")) if ag is not None else None
                    source_tok = None
                if target is None and (tok.dep_ == "advcl" or ag is not None):
                    target = finder.for_token(described)
            if f.inner is not None and target is None:
                if f.inner.nominal:                     # "refused to hold talks with X"
                    _, target = _noun_source_target(f.inner.token, f.inner.trigger.type,
                                                    finder, f.inner.trigger.mode)
                else:
                    _, target = _verb_source_target(f.inner.token, finder,
                                                    f.inner.trigger.type)
            if target is None and source is not None and source_tok is not None and (
                    f.trigger.type in RECIPROCAL_TYPES or _lemma(tok) in RECIPROCAL_VERBS
                    or f.inner is not None and f.inner.trigger.type in RECIPROCAL_TYPES):
                target = _partner(source_tok, source, finder)   # "X and Y agreed"
            if f.inner is None and target is None and f.trigger.type != "PROTEST":
                target = _controlled_target(tok, finder, f.trigger.type)
            if target is None and f.trigger.type in ("AID", "SUPPORT", "COOPERATE"):
                target = _helped(tok, finder)           # "sent aid to help North Korea"
            if target is None:
                target = _contacted(tok, finder, source)   # "called X to apologize"
            if target is None and f.trigger.type in ("REQUEST", "THREATEN"):
                target = _controlled_subject(tok, finder, source)  # "urged X to withdraw"
            if target is None and f.trigger.type in PROPOSAL_TYPES:
                target = _proposer(tok, finder, source)    # "rejected the union's demand"
            if target is None and f.trigger.type in JUDGING_TYPES:
                target = _author_told(tok, ctx.told, source)   # "condemned the airstrike"
            if source is None and source_tok is not None and f.trigger.type == "PROTEST" \
                    and f.trigger.mode != "obstruct" and source_tok.head.i == tok.i:
                source = _protesters(source_tok)        # "hundreds of employees stopped work"
                                                        # (only people march; trucks and
                                                        # fallen trees also block roads)
            if f.means is not None:
                s2, _ = _noun_source_target(f.means.token, f.means.trigger.type, finder)
                if s2 is not None and (source is None or f.means.token.dep_ == "nsubj"):
                    source = s2
                elif s2 is None and source_tok is not None and source_tok.i == f.means.token.i:
                    source = None   # "a Kabul car bombing killed five": the act names a
                                    # place, not who did it
        if target is None and not f.nominal:
            target = _harmed_people(tok, f.trigger)     # "arrested at least 40 dockworkers"
        if target is None or f.trigger.type in STANCE_TYPES and target.kind in PLACE_KINDS:
            # "blocked streets in defiance of Chinese authorities": the one defied
            target = _clause_target(tok, f.trigger.type, finder, source) or target
        if source is not None and target is not None and source.span is not None \
                and source.span == target.span:
            target = None       # one phrase read twice is one party, not two
        # the event's own words are no party to it ("a couple of suicide bombings took
        # place": the bombings did not bomb)
        if source is not None and source.span is not None and \
                source.span[0] <= tok.idx < source.span[1]:
            source = None
        if target is not None and target.span is not None and \
                target.span[0] <= tok.idx < target.span[1]:
            target = None
        target = _past_trigger_words(target, f.words)   # "set free [20 activists]"
        if f.caller is not None and f.nominal:
            source = f.caller.actor or source   # "called on followers to join a rally"
        if _caused_by_nature(tok) if f.trigger.type == "ASSAULT" else _nature_subject(tok):
            continue    # "the quake destroyed 300 homes": harm, but no one's act
        if f.trigger.type == "ASSAULT" and not f.nominal and source is None \
                and _strife_subject(tok):
            continue    # "the conflict has killed hundreds of thousands": a war is no doer
        if f.trigger.type == "ASSAULT" and not f.nominal and _animals_harmed(tok):
            continue    # "challenged the virus by killing animals": no political harm
        if source is None and target is None and (f.nominal or not any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent") and (
                    c.pos_ in ("NOUN", "PROPN") and _lemma(c) not in NATURAL_CAUSES
                    or _referring_pronoun(c) or _of_whole(c) is not None)
                for c in _argument_holders(tok))) and not _spreading(f) \
                and not _told_as_happening(f):
            continue    # no one acting or acted on: a mention ("the January assassinations")
        if _background(f, verb):
            continue    # a retold, habitual or cumulative mention, not an event told here
        if f.nominal and f.control_modality is None:
            _nominal_control(f, verb)       # "is due to travel ... for talks": planned
        modality, negated = _modality(verb, f)
        if f.caller is not None:
            modality = "planned"            # called, not yet held
        date = _date_for(verb, f, sent, ctx.dates)
        if _history(verb, date, ctx.published):
            continue    # "the war began in 2014, when the Houthis took over ...": background
        if _left_open(verb):
            continue    # "did not say whether the miners would join the strike"
        if source is not None and source.country is None and source.kind in ("role", "person") \
                and source.sector in ("GOV", "MIL", "LEG", "JUD"):
            own = _state_spoken_for(verb, finder)
            if own is not None:             # "the foreign minister warned that Iraq could
                source = replace(source, country=own)   # recall its ambassador": Iraq's
        attribution = attribution_for(verb, ctx.memory)
        if f.demander is not None:
            modality = "asserted" if modality == "reported" else modality
            attribution = None
        if attribution is not None and modality == "asserted":
            modality = "reported"
        etype, mode = f.trigger.type, _mode(f)
        if etype == "CONSULT" and mode is None and _travel_for(f):
            mode = "visit"                  # "travel to Tokyo for talks": a visit
        if etype == "CONSULT" and mode is None and _by_phone(verb):
            mode = "phone"                  # "spoke by telephone with X"
        if etype == "CONSULT" and mode == "visit" and target is None:
            target = _visited(f, finder, source)    # "arrived in New Delhi", "a visit to X"
        if etype == "COOPERATE" and not f.nominal and _fugitive_handed(tok):
            given = _recipient(tok)             # the state or court the wanted are handed to
            target = finder.for_token(given) if given is not None else target
        if etype == "ASSAULT" and _rioting(f, source, target):
            etype, mode = "PROTEST", "riot"    # "protesters set fire to police vehicles":
                                               # a violent protest (CAMEO 145), not an attack
        if etype == "COERCE" and mode == "seize" and not f.nominal \
                and _people_taken(tok, source):
            etype, mode = "ASSAULT", "abduct"  # "gunmen seized two aid workers" (CAMEO 181)
        if etype == "COERCE" and mode == "arrest" and not f.nominal and source is not None \
                and source.sector == "JUD" and _lemma(tok) in ("jail", "imprison"):
            etype, mode = "SANCTION", "convict"    # "a Seoul court jailed his successor for
                                                   # 22 years": a sentence passed
        if etype == "MOBILIZE" and _peacekeeping(tok, verb, f.nominal):
            etype, mode = "AID", None       # peacekeepers and observers: CAMEO 074, aid
        if modality == "hypothetical" and etype in PLANNED_HARM and not negated \
                and source is not None and _own_harm_told(verb, source):
            etype, mode = "THREATEN", _threat_mode(f.trigger)   # "said his country could
            if _cuts_relations(f):                              # cut off gas if ..."
                mode = "relations"               # "may halt mediation efforts if ..."
        if modality == "threatened" and etype in PLANNED_HARM and not negated:
            etype, mode = "THREATEN", _threat_mode(f.trigger)   # "vowed to resume suicide
                                                                # bombings": the vow threatens
        if modality == "planned" and etype in PLANNED_HARM and not negated \
                and not (f.nominal and _said_to_come(f.token)) and not (
                etype == "SANCTION" and (f.control_modality is None
                                         or f.control_lemma in ("agree", "decide"))
                and not _conditioned(tok)):
            etype, mode = "THREATEN", _threat_mode(f.trigger)
        # a sanction announced as decided ("said it would impose sanctions", "will halt
        # aid", "agreed to impose sanctions") is the sanction, planned; one only planned or
        # prepared ("plans to impose")
        # or tied to a condition (hypothetical) is a threat
        # an announced act of cooperation is a statement of intent (CAMEO 03, PLOVER AGREE):
        # "will provide aid", "is willing to withdraw"; announced as not to be done, a
        # refusal ("will not release the hostages"). It is coded once, as the intent, as
        # PLOVER and CAMEO code it: the act has not happened, and a second record for it
        # would count one statement twice. The trigger words keep what was promised.
        intent = None
        if modality in INTENT_MODALITIES and etype in INTENDED_COOPERATION \
                and f.control_lemma not in NOT_INTENT and not _under(verb, agree_at) \
                and not (etype == "CONSULT" and not negated and _scheduled(f, verb, ctx.dates)):
            intent = ("REJECT", REQUEST_MODES.get(etype)) if negated else ("AGREE", None)
        scope = list(tok.subtree) if f.nominal else _clause_tokens(verb)
        if f.means is not None:
            scope += list(f.means.token.subtree)
        date_spans = [d.span for d in ctx.dates if d.span]
        quantities = quantities_in(scope, verb if not f.nominal else verb, date_spans)
        location = None
        if ctx.locate is not None:
            try:
                location = ctx.locate(sent, tok, ctx.doc_actors)
            except Exception:            # a gazetteer bug must not lose the event
                location = None
        if location is not None and location.country:
            # "killed 23 people in Tel Aviv", "demonstrators marched in Monrovia": people with
            # no nationality said are the people of the place where it happened
            if target is not None and target.country is None and target.sector == "CVL" \
                    and (mode == "deport" or not not_of_it(target)):   # deported home
                target = replace(target, country=location.country)
            if source is not None and source.country is None and not not_of_it(source) and (
                    source.sector == "CVL" or etype == "PROTEST"
                    and source.sector in ("REL", "OPP", "PTY")):
                source = replace(source, country=location.country)   # (monks who march
                                                                      # through Rangoon)
        if source is None and location is not None and location.country and not f.nominal \
                and (etype in ("COERCE", "SANCTION") and _lemma(tok) in STATE_ACTS
                     or etype == "MOBILIZE" and _police_deployed(tok)) \
                and _child(tok, "nsubjpass") is not None and _child(tok, "agent") is None:
            # "was arrested in Rwanda", "were deported from Malaysia": only a state arrests
            # or deports, and it is the state of the place (as CAMEO coders code it)
            info = knowledge_base().country(location.country)
            source = Actor(text=location.text, name=f"{info.name if info else location.name} "
                           "authorities", country=location.country, sector="GOV",
                           span=location.span, kind="role")
            if etype == "MOBILIZE":
                mode = "police"             # "riot police were deployed in Minsk"
        if target is None and etype in RESTRICTING_TYPES and _restriction_of_place(f, scope):
            # "imposed a curfew in Cizre", "lifted the state of emergency in Darfur": a
            # curfew falls on the people of the place (as CAMEO coders code it)
            place = location
            if (place is None or not place.country) and ctx.locate is not None:
                measures = [t for t in scope if t.lower_ in PLACE_MEASURES and t.i != tok.i]
                for t in measures + [c for m in measures for c in m.children
                                     if c.dep_ == "acl"]:
                    try:                # "the curfew imposed in Sudan": the measure's place
                        place = ctx.locate(sent, t, ctx.doc_actors)
                    except Exception:
                        place = None
                    if place is not None and place.country:
                        break
            if place is not None and place.country:
                target = Actor(text=place.text, name=place.name, country=place.country,
                               sector="CVL", span=place.span, kind="people")
        if target is None and location is not None and location.country \
                and _place_takes_it(etype, mode, location, sent, source, tok):
            # "Israeli warplanes struck Gaza", "pounded the rebel-held enclave of eastern
            # Ghouta", "aid to fight the Ebola outbreak in West Africa": an attack or help
            # that names no one falls on the place it lands in (as CAMEO coders code it)
            target = Actor(text=location.text, name=location.name, country=location.country,
                           sector=None, span=location.span, kind="place")
        f.actor = source
        words = sorted(f.words, key=lambda t: t.i)
        trig_text = " ".join(t.text for t in words)
        if f.means is not None:
            trig_text = f"{trig_text} ... {f.means.token.text}"
        events.append(Event(
            doc_id=ctx.doc_id, doc_ref=ctx.doc_ref, type=etype,
            sentence=sent.text, span=(sent.start_char, sent.end_char), mode=mode,
            source=source, target=target, date=date, location=location,
            quantities=quantities, attribution=attribution, modality=modality,
            negated=negated, confidence=_confidence(source, target, f, modality, date),
            trigger=trig_text, trigger_span=(tok.idx, tok.idx + len(tok.text)),
        ))
        dup = _repeats(events)
        if dup is not None and _in_sequence(sent, events[dup], events[-1]):
            dup = None              # "hit five bases following a rocket attack": two acts
        joined = _harm_and_cause(sent, events) if dup is None else None
        if joined is not None:
            # "12 civilians were killed when warplanes struck a market": one attack
            k, combined = joined
            events.pop()
            events[k] = combined
            continue
        if dup is not None:
            last = events.pop()
            if _richness(last) > _richness(events[dup]):
                events[dup], last = last, events[dup]   # keep the telling with more actors
            kept = events[dup]
            if _place_only(kept.target) and last.target is not None \
                    and not _place_only(last.target):
                kept = replace(kept, target=last.target)    # who was hit, not only where
            spans = {q.span for q in kept.quantities}
            more = [q for q in last.quantities if q.span not in spans]
            if more:                                        # "killed 12 soldiers and wounded
                kept = replace(kept, quantities=sorted(     # 20 others": both counts
                    kept.quantities + more, key=lambda q: q.span[0] if q.span else 0))
            events[dup] = kept
            continue
        if intent is not None:
            act = events[-1]
            events[-1] = replace(
                act, type=intent[0], mode=intent[1], negated=False,
                modality="reported" if attribution is not None else "asserted",
                confidence=min(0.95, act.confidence + 0.05))
    _claimed(sent, events, finder)
    ctx.told.extend(events)
    return events


def _claimed(sent, events: list[Event], finder: ActorFinder) -> None:
    """"A suicide bomber blew himself up on a bus ..., and Hamas claimed responsibility": the
    one who owns up to the sentence's attack is its source, where the attack names no doer
    of its own beyond an unnamed bomber or gunman (in place)."""
    if not events or "responsib" not in sent.text:
        return
    claim = next((t for t in sent if _lemma(t) == "claim"
                  and any(c.dep_ == "dobj" and _lemma(c) == "responsibility"
                          and not any(g.dep_ == "prep" for g in c.children)
                          for c in t.children)
                  and not any(c.dep_ == "neg" or c.dep_ == "prep" and c.lower_ == "for"
                              for c in t.children)),
                 None)
    if claim is None:
        return
    subj = _child(claim, "nsubj")
    claimer = finder.for_token(subj) if subj is not None else None
    if claimer is None or claimer.kind not in ("group", "org"):
        return
    for k, e in enumerate(events):
        if e.type == "ASSAULT" and not e.negated and (
                e.source is None or e.source.country is None and e.source.kind == "role"):
            events[k] = replace(e, source=claimer)


#: Verbs of harm told in the passive without a doer ("were killed", "were wounded").
HARMED = frozenset(("kill", "wound", "injure", "hurt", "maim"))
#: Subordinators that tell the act that did the harm at the same moment.
AT_ONCE = frozenset(("when", "as"))


def _harm_and_cause(sent, events: list[Event]) -> tuple[int, Event] | None:
    """"At least 12 civilians were killed when warplanes struck a market": the agentless
    harm and the attack its when-clause tells are one ASSAULT, with the attack's doer and
    mode and the harm's victims and counts. Returns (index to keep, combined event) for the
    last event and an earlier one of the sentence, or None."""
    last = events[-1]
    if last.type != "ASSAULT" or last.negated:
        return None
    for k, other in enumerate(events[:-1]):
        if other.type != "ASSAULT" or other.negated:
            continue
        for harm, cause in ((other, last), (last, other)):
            th, tc = _trigger_token(sent.doc, harm), _trigger_token(sent.doc, cause)
            if th is None or tc is None or harm.source is not None or cause.source is None:
                continue
            if th.lemma_.lower() not in HARMED or _child(th, "agent") is not None or \
                    not any(c.dep_ in ("auxpass", "nsubjpass") for c in th.children):
                continue
            if not (tc.dep_ == "advcl" and tc.head.i == th.i and any(
                    c.dep_ in ("mark", "advmod") and c.lower_ in AT_ONCE for c in tc.children)):
                continue
            extra = [q for q in cause.quantities if q not in harm.quantities]
            return k, replace(cause, target=harm.target or cause.target,
                              quantities=harm.quantities + extra,
                              date=cause.date or harm.date,
                              location=cause.location or harm.location,
                              attribution=cause.attribution or harm.attribution,
                              confidence=max(cause.confidence, harm.confidence))
    return None


def _state_spoken_for(verb, finder: ActorFinder) -> str | None:
    """The state an official speaks for when announcing what it will or could do: "the
    foreign minister warned that Iraq could recall its ambassador" (not what it will undergo,
    "said Russia would face consequences"). The role actor's counterpart of
    ``DocActors._speaks_for``, which places named officials once for the whole text."""
    if _lemma(verb) not in ANNOUNCING:
        return None
    for comp in verb.children:
        if comp.dep_ != "ccomp" or _lemma(comp) in STATE_UNDERGOES or not any(
                c.dep_ == "aux" and c.lower_ in ("would", "could", "will", "may", "might",
                                                 "'ll", "shall") for c in comp.children):
            continue
        subj = _child(comp, "nsubj")
        actor = finder.for_token(subj) if subj is not None else None
        if actor is not None and actor.kind in ("country", "government") and actor.country:
            return actor.country
    return None


#: Verbs whose denial leaves a question open ("did not say whether", "has not disclosed
#: when"), and adjectives that say it is open ("it is unclear whether").
ANSWERING = frozenset(("say", "confirm", "disclose", "specify", "know", "reveal", "indicate",
                     "comment", "announce", "explain", "state", "clarify", "decide"))


def _left_open(verb) -> bool:
    """Whether the act sits in a question the text leaves open: "The COB did not say
    whether miners' unions would join the strike", "it was unclear when the internet would
    be restored". Nothing is told to have happened or to be planned."""
    cur = verb
    for _ in range(4):
        if cur.head is cur:
            return False
        opens = any(c.dep_ == "mark" and c.lower_ in ("whether", "if") or
                    c.dep_ == "advmod" and c.lower_ in ("when", "whether") and c.i < cur.i
                    for c in cur.children)
        if opens and cur.dep_ in ("ccomp", "xcomp", "advcl"):
            head = cur.head
            if _lemma(head) in ANSWERING and any(c.dep_ == "neg" for c in head.children):
                return True
            if head.lower_ in ("unclear", "uncertain") or any(
                    c.lower_ in ("unclear", "uncertain") for c in head.children):
                return True
        cur = cur.head
    return False


def _history(verb, date: DateRef | None, published: str | None) -> bool:
    """Whether an act is background history: dated more than a year before publication,
    in whatever clause it is told ("The army seized power in September 2021", "India and
    Pakistan have fought two wars since 1947", "the war began in 2014, when the Houthis took
    over the capital"). A record of the news counts each act once, from the reports of its
    day; a retelling years later would count it again, dated as if it were new. Measured
    on Wikinews: the 52 events this drops (of 1,017) are all retold history."""
    if published is None or date is None or not date.value or verb is None:
        return False
    try:
        pub = _dt.date.fromisoformat(published[:10])
    except ValueError:
        return False
    year = int(date.value[:4])
    month = int(date.value[5:7]) if len(date.value) >= 7 else 12
    return (pub.year - year) * 12 + pub.month - month > 12


def _scheduled(f: Found, verb, dates: list[DateRef]) -> bool:
    """Whether an announced meeting is scheduled: a date expression hangs on its own verb
    ("will hold a summit in Gaborone next Friday", "will meet on Monday"). A meeting fixed
    on the calendar is the meeting, planned (as "are due to meet" is), not a promise to
    talk ("said it would hold talks with the rebels")."""
    spans = [d.span for d in dates if d.span]
    if not spans:
        return False
    holder = verb if not f.nominal else f.token.head
    toks = [t for c in holder.children if c.dep_ in ("prep", "npadvmod", "tmod", "advmod")
            for t in c.subtree]
    if f.nominal:
        toks += [t for c in f.token.children if c.dep_ == "prep" for t in c.subtree]
    return any(lo <= t.idx < hi for t in toks for lo, hi in spans)


def _past_trigger_words(actor: Actor | None, words) -> Actor | None:
    """The actor without the trigger words its phrase starts with ("set free [20 opposition
    activists]": the parser made "free" a modifier of the ones freed)."""
    if actor is None or actor.span is None:
        return actor
    start, end = actor.span
    for w in sorted(words, key=lambda t: t.i):
        if w.idx == start and w.idx + len(w.text) < end:
            nxt = w.nbor() if w.i + 1 < len(w.doc) else None
            if nxt is None or nxt.idx >= end:
                return actor
            start = nxt.idx
    if start == actor.span[0]:
        return actor
    doc_text = words[0].doc.text
    if actor.text != doc_text[actor.span[0]:end]:
        return actor                    # a name not read straight off the text: keep it
    return replace(actor, text=doc_text[start:end], span=(start, end))


#: Who is sent to keep a peace or watch one: their deployment is aid, not a show of force.
PEACEKEEPING = frozenset(("peacekeeper", "peacekeepers", "peacekeeping", "peace-keeping",
                          "peace-keepers", "observer", "observers", "monitor", "monitors",
                          "search-and-rescue", "rescuers", "medics", "doctors"))


def _peacekeeping(tok, verb, nominal: bool) -> bool:
    """Whether those deployed keep or watch a peace: the words of the act itself, not of a
    time clause beside it ("would send 700 soldiers after clashes left 30 members of its
    peacekeeping force injured" is a show of force)."""
    if nominal:
        words = list(tok.subtree)
    else:
        skip = {t.i for c in verb.children if c.dep_ in ("advcl", "ccomp", "parataxis", "conj")
                and (any(m.dep_ == "mark" for m in c.children) or has_subject(c))
                or c.dep_ == "prep" and c.lower_ in TIME_PREPS
                for t in c.subtree}
        words = [t for t in _clause_tokens(verb) if t.i not in skip]
    return any(t.lower_ in PEACEKEEPING or _lemma(t) in PEACEKEEPING for t in words)


#: Acts only a state's authorities do, so that a passive one is the place's state's.
STATE_ACTS = frozenset(("arrest", "detain", "jail", "imprison", "deport", "expel", "convict",
                        "sentence", "indict", "extradite"))
def _police_deployed(verb) -> bool:
    """"Thousands of riot police were deployed in central Minsk": police moved in the passive
    are the state's own where they are sent (soldiers may be foreign: "US troops were
    deployed in Iraq")."""
    subj = _child(verb, "nsubjpass")
    if subj is None:
        return False
    if subj.lower_ in PART_NOUNS or subj.lower_ in ("scores", "units"):
        subj = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), subj)
    return subj.lower_ in POLICE_WORDS or _lemma(subj) in POLICE_WORDS


#: Police forces (the lexicon's, and officers) whose deployment is the state's own.
POLICE_WORDS = frozenset(lexicon.POLICE.split()) | {"officers"}
#: Types of imposing, threatening, lifting or refusing to lift a curfew or an emergency.
RESTRICTING_TYPES = frozenset(("COERCE", "THREATEN", "CONCEDE", "REJECT", "RETREAT"))
#: Measures that fall on everyone in a place.
PLACE_MEASURES = frozenset(("curfew", "curfews", "emergency", "martial", "lockdown",
                            "lockdowns", "siege"))


#: Types whose act lands in a place: the place is the target when no one is named.
LANDING_TYPES = frozenset(("ASSAULT", "AID"))
#: Gatherings whose venue is no party to what is pledged or decided there.
VENUES = frozenset(("conference", "summit", "meeting", "talks", "forum", "session",
                    "ceremony", "gathering", "assembly", "visit", "trip", "tour", "headquarters",
                    "event", "briefing", "interview", "speech", "statement"))


def _place_left(place: Place, sent, source: Actor | None, trigger) -> bool:
    """Whether forces withdraw from the place ("pulled out of southern Lebanon", "withdrew
    from Kuwait"): the country they leave is the one the retreat is towards (CAMEO codes it
    the target); never their own country."""
    if source is None or source.country is None or source.country == place.country:
        return False
    tok = sent.doc.char_span(place.span[0], place.span[1], alignment_mode="expand")
    if tok is None:
        return False
    cur = tok.root
    for _ in range(3):
        if cur.dep_ == "pobj" and cur.head.lower_ in ("from", "of") and (
                cur.head.head.i == trigger.i or cur.head.head.head.i == trigger.i
                and cur.head.head.lower_ == "out"):
            return True
        if cur.head is cur:
            break
        cur = cur.head
    return False


def _place_takes_it(etype: str, mode: str | None, place: Place, sent, source: Actor | None,
                    trigger) -> bool:
    """Whether the event's place is what its act lands on: an attack or an attack threatened
    there, help sent there; not the venue of the conference where aid was pledged, not the
    place the source itself is ("the Kabul government's forces")."""
    if place.span is None or not (sent.start_char <= place.span[0] < sent.end_char):
        return False            # a place the sentence does not name (the article's)
    if etype == "RETREAT" and mode == "withdraw":
        return _place_left(place, sent, source, trigger)
    if mode == "abduct":
        return False            # those seized are people, not the place they were taken in
    if etype not in LANDING_TYPES and not (etype == "THREATEN" and mode == "violence"):
        return False
    if source is not None and source.span is not None \
            and source.span[0] <= place.span[0] < source.span[1]:
        return False
    if etype == "AID" and any(c.dep_ in ("prep", "dative") and c.lower_ == "to"
                              and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
                              for c in trigger.subtree):
        return False            # "aid to Turkey in Idlib": the recipient is named
    doc = sent.doc
    tok = doc.char_span(place.span[0], place.span[1], alignment_mode="expand")
    if tok is None:
        return False
    head = tok.root
    for _ in range(4):
        if head.head is head:
            break
        head = head.head
        if _lemma(head) in VENUES or head.lower_ in VENUES:
            return False
    return True


def _restriction_of_place(f: Found, scope) -> bool:
    """Whether the event is about a curfew, a state of emergency, martial law or a lockdown."""
    if f.trigger.mode in ("curfew", "martial-law"):
        return True
    toks = [f.token] + list(f.token.children) + list(scope)
    return any(t.lower_ in PLACE_MEASURES for t in toks)


def _richness(e: Event) -> int:
    return (e.source is not None) + (e.target is not None)


#: Types whose modes are different acts, never one act told twice ("seized three boats and
#: detained 27 crew members"); a protest's modes are not ("a hunger strike to protest").
DISTINCT_MODES = frozenset(("COERCE", "SANCTION", "RETREAT"))


def _argument_holders(verb):
    """The verb's own arguments, and for a second conjoined verb with no subject of its own
    the subject of the act it follows ("the army chiefs spoke by phone and agreed to ...")."""
    yield from verb.children
    if verb.dep_ == "conj" and not has_subject(verb) and match_verb(verb.head) is not None:
        yield from (c for c in verb.head.children if c.dep_ == "nsubj")


def _place_only(actor: Actor | None) -> bool:
    """A target that is only the place an act landed in (``_place_takes_it``)."""
    return actor is not None and actor.kind == "place" and actor.sector is None


def _repeats(events: list[Event]) -> int | None:
    """Whether the last event retells an earlier one of the sentence: same type, and no
    actor that tells them apart ("held talks ... during a visit", "a hunger strike to
    protest")."""
    last = events[-1]

    def same(a, b) -> bool:
        if a is None or b is None or a.name == b.name:
            return True
        if _place_only(a) or _place_only(b):    # "struck Mosul, killing 30 fighters": the
            return a.country is None or b.country is None or a.country == b.country
        return a.country is not None and a.country == b.country and a.sector == b.sector

    return next((k for k, e in enumerate(events[:-1])
                 if e.type == last.type and e.negated == last.negated
                 and not (e.type in DISTINCT_MODES and e.mode and last.mode
                          and e.mode != last.mode)
                 and not (e.mode and last.mode and e.mode != last.mode
                          and e.modality != last.modality)   # "called a strike and said
                                                             # its members would march"
                 and same(e.source, last.source) and same(e.target, last.target)
                 and (e.source is not None or e.target is not None)), None)


#: Words that put one act before or after another ("struck back after the attack").
SEQUENCE_WORDS = frozenset(("after", "before", "following", "since", "until", "preceding"))


def _trigger_token(doc, e: Event):
    """The head token of an event's trigger words in the parsed document, or None."""
    span = doc.char_span(*e.trigger_span, alignment_mode="expand") if e.trigger_span else None
    return span.root if span is not None else None


def _in_sequence(sent, a: Event, b: Event) -> bool:
    """Whether one of two events of a sentence is told as what came before or after the other
    ("launched strikes after attackers launched an assault", "hit five bases following a
    rocket attack"): two acts, not one told twice."""
    ta, tb = _trigger_token(sent.doc, a), _trigger_token(sent.doc, b)
    if ta is None or tb is None:
        return False
    above_a = {t.i for t in ta.ancestors} | {ta.i}
    above_b = {t.i for t in tb.ancestors} | {tb.i}
    for low, other, outer in ((ta, above_b, tb), (tb, above_a, ta)):
        cur = low
        for _ in range(8):
            if cur.i in other:
                break           # reached the clause the two share
            if cur.dep_ == "prep" and cur.lower_ in SEQUENCE_WORDS or any(
                    c.dep_ == "mark" and c.lower_ in SEQUENCE_WORDS for c in cur.children):
                # "26 people were killed after a car bomb struck a bus", "X was released
                # after Y pardoned him": an agentless passive told with what brought it
                # about is the one act
                passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in outer.children) \
                    or outer.tag_ == "VBN" and not any(     # "and hundreds injured"
                        c.dep_ in ("aux", "dobj") for c in outer.children)
                return not (passive and _child(outer, "agent") is None)
            if cur.head == cur:
                break
            cur = cur.head
    return False


def _under(verb, indices: set[int]) -> bool:
    """Whether one of the clauses above ``verb`` (a few steps up) is headed by one of
    ``indices``."""
    cur = verb
    for _ in range(4):
        if cur.head == cur:
            return False
        cur = cur.head
        if cur.i in indices:
            return True
    return False


#: Animals that maul or kill (a cause of harm) and whose killing is no political violence.
WILD_ANIMALS = frozenset((
    "animal tiger lion lioness elephant bear shark crocodile alligator leopard wolf dog snake "
    "hippo hippopotamus buffalo jaguar cougar puma hyena bull cow horse").split())
#: Causes of harm that are nobody's act.
NATURAL_CAUSES = frozenset((
    "earthquake", "quake", "tremor", "aftershock", "storm", "hurricane", "typhoon", "cyclone",
    "tornado", "flood", "flooding", "landslide", "mudslide", "avalanche", "tsunami", "fire",
    "wildfire", "blaze", "drought", "heatwave", "virus", "disease", "pandemic", "epidemic",
    "outbreak", "coronavirus", "covid-19", "accident", "crash", "collapse", "eruption",
    "lightning", "rain", "rains", "snow", "wave", "waves",
    # animals: a mauling is harm, but no political actor's act
    *WILD_ANIMALS, "bee", "hornet", "wasp",
    "mudflow", "mudslides", "monsoon", "blizzard", "volcano", "cloudburst", "surge",
    # things that fail
    "main", "pipe", "pipes", "malfunction", "outage", "blackout", "leak", "spill", "glitch"))

#: Animals, whose killing or culling is no political violence.
ANIMALS = WILD_ANIMALS | frozenset((
    "chicken hen bird poultry cattle pig sheep goat cat fish deer whale dolphin livestock "
    "rhino rhinoceros monkey camel duck goose turkey rat mouse").split()) | frozenset((
    "animals", "birds", "chickens", "cows", "pigs", "goats", "dogs", "cats", "wolves",
    "whales", "dolphins", "elephants", "rhinos", "sharks", "deer", "sheep", "fish", "mice"))


def _animals_harmed(verb) -> bool:
    """Whether the ones a harm verb acts on are animals ("killing animals", "culled 10,000
    chickens", "the dogs were shot")."""
    obj = _child(verb, "dobj") or _child(verb, "nsubjpass")
    return obj is not None and (obj.lower_ in ANIMALS or _lemma(obj) in ANIMALS)


#: Medical words that make "arrest" and "attack" an illness ("cardiac arrest", "a heart
#: attack", "a panic attack").
MEDICAL_MODIFIERS = frozenset((
    "cardiac", "heart", "panic", "asthma", "asthmatic", "respiratory", "cardiorespiratory",
    "cardiopulmonary", "anxiety", "epileptic", "seizure", "allergic", "coronary"))


def _nature_subject(tok) -> bool:
    """Whether the doer a verb names (its subject or "by" agent) is nature or a thing that
    failed ("a water main broke, cutting off the water supply", "the storm cut off power"):
    no one's act. Unlike harm, other acts keep their "after the earthquake" phrases."""
    verb = tok
    for _ in range(3):
        for child in verb.children:
            heads = [child] if child.dep_ in ("nsubj", "nsubjpass") and verb is not tok \
                else [child] if child.dep_ == "nsubj" else \
                list(child.children) if child.dep_ == "agent" else []
            if any(_lemma(h) in NATURAL_CAUSES or h.lower_ in NATURAL_CAUSES for h in heads):
                return True
        if verb.dep_ in ("advcl", "conj", "xcomp") and verb.tag_ in ("VBG", "VB", "VBN") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head            # "a main broke, cutting off ...": the main's act
            continue
        break
    return False


#: Names of a conflict as a whole: told as the doer of harm ("the war has killed ..."),
#: they name no one who acts.
STRIFE = frozenset(("conflict", "conflicts", "war", "wars", "warfare", "violence", "fighting",
                    "unrest", "insurgency", "hostilities", "bloodshed", "crisis"))


def _strife_subject(verb) -> bool:
    """Whether a harm verb's doer is a conflict itself, with no party named in it ("the
    conflict has killed hundreds of thousands", "fighting killed 3,000 people")."""
    subj = _child(verb, "nsubj")
    if subj is None and verb.dep_ == "conj":
        subj = _child(verb.head, "nsubj")
    if subj is None or not (_lemma(subj) in STRIFE or subj.lower_ in STRIFE):
        return False
    return not any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in (
        "between", "by", "among", "with") for c in subj.children)  # "fighting between X
                                                                     # and Y": a clash told


def _caused_by_nature(tok) -> bool:
    """Whether the harm a verb reports comes from nature or accident (its subject, agent or
    "in"/"by" phrase names one), not from an actor."""
    for child in tok.children:
        if child.dep_ in ("nsubj", "agent", "prep") and child.lower_ not in ("on", "against"):
            heads = [child] if child.dep_ == "nsubj" else list(child.children)
            if child.dep_ == "nsubj" and child.lower_ in ("that", "which") \
                    and tok.dep_ == "relcl":
                heads = [tok.head]              # "a fire that killed 100 people"
            if any(_lemma(h) in NATURAL_CAUSES or h.lower_ in NATURAL_CAUSES for h in heads):
                return True
    verb = tok.head if tok.dep_ == "conj" else None
    return _caused_by_nature(verb) if verb is not None and verb != tok else False


def _clause_tokens(verb) -> list:
    """The verb's subtree without embedded clauses that report or hold other events."""
    skip: set[int] = set()
    for child in verb.children:
        if child.dep_ in ("ccomp", "parataxis", "advcl") and (
                _lemma(child) in REPORTING or child.pos_ == "VERB" and child.i > verb.i
                and child.dep_ != "advcl"):
            skip |= {t.i for t in child.subtree}
    return [t for t in verb.subtree if t.i not in skip]


#: Outer acts whose complement is only said, asked, refused or alleged: the events inside
#: it ("demanded that Israel ease restrictions", "rejected the demand to sever the
#: alliance", "accused X of restoring the blackmail in the negotiations") are its content.
SPEECH_ACTS = frozenset(("REQUEST", "THREATEN", "REJECT", "ACCUSE"))
#: Prepositions that carry what an accusation is about ("complained over the raids").
ALLEGED_PREPS = frozenset(("of", "for", "over", "about"))
#: Subordinators of a condition or time limit ("before they demobilize", "unless Israel
#: rescinds", "until the talks resume"): under a demand, a threat or an announced act the
#: clause is the condition, not an event told.
CONDITION_MARKS = frozenset(("before", "until", "till", "unless", "once", "if", "lest"))
#: Conditions that are never told as having happened ("if he gave them a veto").
ALWAYS_CONDITION = frozenset(("if", "unless", "lest"))
IRREALIS_AUX = frozenset(("must", "should", "would", "will", "could", "can", "may", "might",
                          "shall", "'ll", "wo", "ca"))


def _subtree_ids(tok) -> set[int]:
    return {t.i for t in tok.subtree}


def _content_ids(f: Found) -> set[int]:
    """Token indices of what a speech act asks for, refuses, threatens or alleges."""
    tok = f.token
    ids: set[int] = set()
    if f.demander is not None:          # "X said Y must reach an agreement": the act asked
        for c in tok.children:
            if c.dep_ in ("dobj", "xcomp", "ccomp", "attr") or (
                    c.dep_ == "prep" and c.lower_ in ("to", "on")):
                ids |= _subtree_ids(c)
        return ids
    if f.nominal:                       # "its demand that Israel ease", "calls for X"
        for c in tok.children:
            if c.dep_ in ("acl", "ccomp") or (c.dep_ == "prep" and c.lower_ in ("for", "to")):
                ids |= _subtree_ids(c)
        return ids
    for c in tok.children:
        if c.dep_ in ("ccomp", "xcomp"):
            ids |= _subtree_ids(c)
        elif c.dep_ in ("dobj", "nsubjpass"):
            for g in c.children:        # "demanded an admission that forces murdered"
                if g.dep_ in ("acl", "ccomp"):
                    ids |= _subtree_ids(g)
        elif c.dep_ == "prep" and f.trigger.type == "ACCUSE" and c.lower_ in ALLEGED_PREPS:
            ids |= _subtree_ids(c)
    return ids


def _irrealis(tok, found: dict) -> bool:
    """Whether a clause (or one it sits in) is only asked for, threatened or announced."""
    cur = tok
    for _ in range(5):
        if any(c.dep_ == "aux" and c.lower_ in IRREALIS_AUX for c in cur.children):
            return True
        if _is_infinitive(cur):
            return True
        outer = found.get(cur.i)
        if outer is not None and outer.trigger.type in ("REQUEST", "THREATEN"):
            return True
        if cur.head == cur or cur.dep_ == "ROOT":
            return False
        cur = cur.head
    return False


def _condition_ids(sent, found: dict) -> set[int]:
    """Token indices of condition and time-limit clauses of demands, threats, promises."""
    ids: set[int] = set()
    for tok in sent:
        mark = None
        if tok.dep_ == "advcl":
            m = next((c for c in tok.children if c.dep_ == "mark"), None)
            mark = m.lower_ if m is not None else None
        elif tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
            mark = tok.head.lower_
        if mark not in CONDITION_MARKS:
            continue
        head = tok.head if tok.dep_ == "advcl" else tok.head.head
        if mark in ALWAYS_CONDITION or _irrealis(head, found):
            ids |= _subtree_ids(tok)
    return ids


def _protest_heads(found: dict) -> set[int]:
    """Tokens that stand for a protest: its verb, its noun, the light verb holding the noun."""
    heads: set[int] = set()
    for i, f in found.items():
        if f.trigger.type != "PROTEST":
            continue
        heads.add(i)
        if f.nominal and f.token.dep_ in ("dobj", "nsubjpass", "pobj"):
            heads.add(f.token.head.i)   # "staged rallies", "went on strike"
            if f.token.dep_ == "pobj":
                heads.add(f.token.head.head.i)
    return heads


def _event_relcl(tok, found: dict) -> bool:
    """Whether a trigger sits in a relative clause on an event noun ("a general strike that
    shut down the capital", "air raids in which 20 people were killed"): the clause tells
    what that event was or did, not a second event."""
    cur = tok
    for _ in range(4):
        if cur.dep_ == "relcl":
            head = found.get(cur.head.i)
            return head is not None and head.nominal
        if cur.head == cur or cur.dep_ == "ROOT":
            return False
        cur = cur.head
    return False


def _named_addressee(f: Found) -> bool:
    """Whether a demand names, as the one who must act, a party of its own ("walked off the
    job demanding that the ports authority pay"): a request to that party beside the protest.
    A slogan ("to demand reforms", "calling for his removal", "saying he must resign") is the
    protest's gist."""
    acts = [f.token] if f.demander is not None else [
        c for c in f.token.children if c.dep_ == "ccomp"]
    return any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")
               for a in acts for c in a.children)


def _called_protest(request: Found, inner: Found) -> bool:
    """"The opposition urged its supporters to strike", "called on Ugandans to stay at
    home in protest": a protest called by its organiser, which CAMEO codes as the
    organiser's protest (planned) besides the appeal. Not one asked of a state ("urged the
    government to ..."), and not one the appeal is against ("urged them not to strike")."""
    if request.nominal or request.trigger.type != "REQUEST" or inner.trigger.type != "PROTEST" \
            or _lemma(request.token) not in lexicon.APPEALING:
        return False
    tok = inner.token
    if any(c.dep_ == "neg" for c in tok.children) or any(
            c.dep_ == "neg" for c in tok.head.children if tok.head is not request.token):
        return False
    if _lemma(tok) in ("end", "stop", "halt", "suspend", "call", "abandon"):
        return False
    return True


def _fold_subordinate(found: dict, drop: set[int]) -> None:
    """Fold into their outer act the events that are only its content, condition or gist:
    what a demand asks, a threat's condition, a protest's demands, a protest's effects."""
    if not found:
        return
    sent = next(iter(found.values())).token.sent
    kept = {i: f for i, f in found.items() if i not in drop or f.demander is not None}
    # 1. the content of a speech act
    for i, f in kept.items():
        if f.trigger.type not in SPEECH_ACTS or f.folded:
            continue
        ids = _content_ids(f)
        if not f.nominal and f.demander is None and f.trigger.type == "REQUEST":
            dobj = _child(f.token, "dobj")
            if dobj is not None and _lemma(dobj) in DEMANDS:
                for c in f.token.children:
                    if c.dep_ == "ccomp" and c.i > dobj.i:
                        ids |= _subtree_ids(c)
        elif not f.nominal and f.demander is None:
            dobj = _child(f.token, "dobj")
            if dobj is not None and dobj.i in found and found[dobj.i].trigger.type == "REQUEST":
                for c in f.token.children:  # "reiterated its demand that X ease ..."
                    if c.dep_ == "ccomp" and c.i > dobj.i:
                        ids |= _subtree_ids(c)
        for j in sorted(ids):
            if j == i or j not in found or j in drop:
                continue
            inner = found[j]
            if f.inner is None:
                f.inner = inner
            if _called_protest(f, inner):
                inner.caller = f            # "urged Ugandans to stay at home in protest":
                continue                    # a protest the caller plans, coded as well
            drop.add(j)
            inner.folded = True
    # promised cooperation is coded once, as the promise ("promised to continue military
    # aid"); a promised sanction or attack is an act of its own ("agreed to impose sanctions")
    for i, f in kept.items():
        if f.trigger.type != "AGREE" or f.nominal or f.demander is not None or f.folded:
            continue
        for c in f.token.children:
            if c.dep_ not in ("xcomp", "ccomp"):
                continue
            for j in _subtree_ids(c):
                if j in found and j != i and j not in drop and found[j].nominal \
                        and found[j].trigger.type in INTENDED_COOPERATION:
                    f.inner = f.inner or found[j]
                    drop.add(j)
                    found[j].folded = True
    # a "verb" in an object slot is a noun the tagger misread ("vetoed a resolution
    # censuring ...", "would not meet hostage-takers demands"): content of the outer act
    for j, f in found.items():
        if not f.nominal and f.token.dep_ == "dobj" and f.token.head.i in kept \
                and f.token.head.i != j and j not in drop:
            outer = found[f.token.head.i]
            outer.inner = outer.inner or f
            drop.add(j)
            f.folded = True
    # "reiterated its demand today that Israel ease": the demand noun's that-clause on the verb
    for i, f in kept.items():
        if not (f.nominal and f.trigger.type == "REQUEST" and f.token.dep_ == "dobj"):
            continue
        for c in f.token.head.children:
            if c.dep_ == "ccomp" and c.i > f.token.i and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                for j in _subtree_ids(c):
                    if j in found and j != i and j not in drop:
                        f.inner = f.inner or found[j]
                        drop.add(j)
                        found[j].folded = True
    # 2. conditions and time limits of demands, threats and announced acts
    cond = _condition_ids(sent, found)
    for j, f in found.items():
        if j in cond:
            drop.add(j)
            f.folded = True
    # 3. the demands a protest makes are part of it ("blocked roads demanding that ...")
    heads = _protest_heads(found)
    for j, f in found.items():
        if f.trigger.type != "REQUEST" or (j in drop and f.demander is None):
            continue
        verb = f.demander if f.demander is not None else f.token
        holder = verb.head
        if verb.dep_ == "acl" and holder.dep_ in ("nsubj", "nsubjpass") \
                and holder.head.i in heads:
            holder = holder.head     # "coal miners demanding unpaid wages blocked the line"
        if (verb.dep_ in ("advcl", "acl", "xcomp") or verb.dep_ == "conj"
                and verb.tag_ not in ("VBD", "VBZ", "VBP")) and holder.i in heads \
                and not _named_addressee(f):
            # ("called a strike and demanded the minister's resignation": a second act)
            drop.add(j)
            f.folded = True
    # 4. what an event noun's relative clause says it did
    for j, f in found.items():
        if j not in drop and not f.folded and _event_relcl(f.token, found):
            drop.add(j)
            f.folded = True
    # 5. what an act ended or brought about is that act told again ("pulled out of southern
    # Lebanon, ending an occupation ...", "imposed a curfew, confining residents to their
    # homes")
    for j, f in found.items():
        tok = f.token
        if j not in drop and not f.nominal and _lemma(tok) in ("end", "confine") \
                and tok.tag_ == "VBG" \
                and tok.dep_ == "advcl" and tok.head.i in found and tok.head.i not in drop:
            drop.add(j)
            f.folded = True
    # 6. property wrecked in a riot is the riot ("rioted in Kisumu, torching shops")
    riots = {i for i, f in found.items() if f.trigger.type == "PROTEST"
             and f.trigger.mode == "riot" and not f.nominal}
    for j, f in found.items():
        tok = f.token
        if j not in drop and f.trigger.type == "ASSAULT" and not f.nominal \
                and tok.dep_ in ("advcl", "conj") and tok.head.i in riots \
                and _lemma(tok) in DAMAGING:
            drop.add(j)
            f.folded = True


#: Verbs whose subject, an event noun, is an event that happens ("protests spread to
#: Mashhad", "demonstrations broke out in Lagos"), told without naming who takes part.
HAPPENING = frozenset(("spread", "erupt", "break", "flare", "continue", "resume", "escalate",
                       "intensify", "rage", "sweep", "grow", "swell", "engulf", "hit", "rock",
                       "paralyse", "paralyze", "occur", "begin", "start", "enter"))
PERSONAL_PRONOUNS = frozenset(("he", "she", "they", "him", "her", "them"))


def _spreading(f: Found) -> bool:
    """A protest noun that is the subject of a verb of happening: an event with no actor."""
    tok = f.token
    return f.nominal and f.trigger.type == "PROTEST" and tok.dep_ == "nsubj" \
        and tok.head != tok and _lemma(tok.head) in HAPPENING \
        and not any(c.dep_ == "neg" for c in tok.head.children)


def _referring_pronoun(tok) -> bool:
    """A personal pronoun past the document's first sentence: it has an antecedent there
    ("Police detained the journalist. She was freed on Tuesday"), even when no actor is
    resolved for it (the actor then stays null)."""
    return tok.pos_ == "PRON" and tok.lower_ in PERSONAL_PRONOUNS and tok.sent.start > 0


#: Subordinators of a time clause ("hours before the agreement was signed").
TIME_MARKS = frozenset(("before", "after", "when", "once", "since", "as", "until", "till",
                        "while", "whenever"))
#: Prepositions of a time or a cause beside an act ("after clashes", "following talks").
TIME_PREPS = frozenset(("before", "after", "since", "until", "following", "amid", "during"))
#: Determiners that refer back to something already told ("the agreement", "this deal").
DEFINITE = frozenset(("the", "this", "that", "these", "those"))
#: Prepositions of a cause or an earlier time ("following a government offensive", "after
#: five days of fighting"): the event named is background to the act the clause tells.
CAUSE_PREPS = frozenset(("following", "after", "amid", "amidst"))


def _same_event(noun, etype: str) -> bool:
    """Whether a noun names an event of the type a verb on it tells ("the agreement was
    signed"): the verb retells that event; "the strike was called off" tells a new one."""
    hit = match_noun(noun)
    return hit is not None and hit[0].type == etype


def _in_the_wake(tok) -> bool:
    """ "in the wake of X", "in response to X": X is background to the act told."""
    prep = tok.head
    if prep.lower_ not in ("of", "to"):
        return False
    noun = prep.head
    return noun.lower_ in ("wake", "aftermath", "response") and noun.dep_ == "pobj" \
        and noun.head.lower_ == "in"


def _clause_event(verb) -> bool:
    """Whether a verb tells an event of its own (a trigger verb), so that a cause or a time
    named beside it is background."""
    return match_verb(verb) is not None


#: Adjectives of a recurring event ("annual summits", "regular talks"): a practice.
HABITUAL = frozenset(("annual", "yearly", "regular", "periodic", "monthly", "weekly",
                      "biannual", "biennial", "routine", "customary", "traditional", "daily",
                      "frequent", "occasional", "recurrent", "recurring", "quarterly"))
#: Nouns of a long period that make a count a statistic ("killed last year").
PERIOD_NOUNS = frozenset(("year", "years", "decade", "decades", "century"))
PERIOD_MODS = frozenset(("last", "this", "previous", "preceding", "first"))
#: Modifiers that make a period a span counted over ("over the past year", "each year").
SPAN_MODS = frozenset(("past", "whole", "entire", "every", "each", "recent"))
#: Harm told as a count over a period is a statistic, not one event.
COUNTED_TYPES = frozenset(("ASSAULT", "COERCE"))


def _background(f: Found, verb) -> bool:
    """Mentions that tell no event of their own in the sentence: an event retold in a time
    clause ("Hours before the agreement was signed, ..."), a recurring practice ("have held
    annual summits since 2006"), a count over a year or more ("more than 8,400 people were
    killed ... last year")."""
    tok = f.token
    if f.nominal and tok.dep_ == "pobj" and (tok.head.lower_ in CAUSE_PREPS or _in_the_wake(tok)) \
            and tok.head.head.pos_ == "VERB" and _clause_event(tok.head.head):
        return True         # "surrendered following a government offensive": the cause told
    if not f.nominal and tok.dep_ == "acl" and tok.tag_ == "VBN" \
            and _child(tok, "agent") is None and any(
                c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.head.children) \
            and _same_event(tok.head, f.trigger.type):
        return True         # "Under the deal, signed in Jeddah, ...": the deal told before
    if not f.nominal and _child(tok, "agent") is None and not any(
            c.dep_ in ("nsubj", "dobj", "dative") for c in tok.children):
        subj = _child(tok, "nsubjpass")     # "The missiles were fired from over the Golan":
        if subj is not None and any(c.dep_ == "det" and c.lower_ in DEFINITE     # a detail
                                    for c in subj.children) and (            # of an attack
                _lemma(subj) in FIRED or subj.lower_ in FIRED                # already told
                or _same_event(subj, f.trigger.type)):
            return True
    cur = tok
    for _ in range(6):                  # what a forecast warning says ("warned that the army
        if cur.head == cur:             # is not ready to hold territory recaptured from ...")
            break
        if cur.dep_ == "ccomp" and _lemma(cur.head) == "warn" and _forecast_warning(cur.head):
            return True
        cur = cur.head
    if f.nominal:
        mods = [c for c in tok.children if c.dep_ == "amod"] + [   # "annual leaders' summits"
            g for c in tok.children if c.dep_ in ("poss", "compound") and c.i < tok.i
            for g in c.children if g.dep_ == "amod" and g.i < c.i]
        return any(_lemma(c) in HABITUAL or c.lower_ in HABITUAL for c in mods) and (
            tok.tag_ in ("NNS", "NNPS") or any(t.lower_ == "since" for t in _clause_tokens(verb)))
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS
                                   for c in tok.children):
        subj = _child(tok, "nsubjpass")         # "before the agreement was signed": the
        if subj is not None and _child(tok, "agent") is None and any(     # signing of an
                c.dep_ == "det" and c.lower_ in DEFINITE for c in subj.children):  # agreement
            return True                                                  # already told
    if f.trigger.type == "ASSAULT" and not f.nominal and tok.dep_ == "acl" \
            and tok.tag_ == "VBN" and _child(tok, "agent") is None and any(
                c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.head.children):
        return True         # "two of the civilians killed were women": victims described
    if f.trigger.type == "ASSAULT" and not f.nominal and _vague_toll(tok):
        return True         # "thousands of soldiers and civilians have been killed"
    if f.trigger.type in COUNTED_TYPES:
        return _statistic(tok)
    return False


#: Round plural counts that tell a toll over time, not one act's victims.
VAGUE_COUNTS = frozenset(("hundreds", "thousands", "tens", "millions", "dozens", "scores"))


def _vague_toll(verb) -> bool:
    """"Thousands of soldiers and civilians have been killed": a perfect passive with a vague
    plural count and no doer is a toll over time."""
    subj = _child(verb, "nsubjpass")
    perfect = any(c.dep_ == "aux" and _lemma(c) == "have" for c in verb.children)
    return subj is not None and perfect and _child(verb, "agent") is None and (
        subj.lower_ in VAGUE_COUNTS or any(c.lower_ in VAGUE_COUNTS for c in subj.children
                                           if c.i < subj.i))


def _coordinated(verb) -> list:
    """The verb with the verbs it is coordinated with ("killed, injured or kidnapped")."""
    top = verb
    while top.dep_ in ("conj", "advcl") and top.head != top and top.head.pos_ == "VERB" \
            and not has_subject(top) and top.tag_ == top.head.tag_:
        top = top.head
    group, todo = [top], [top]
    while todo:
        cur = todo.pop()
        for c in cur.children:
            if c.dep_ in ("conj", "advcl") and c.pos_ == "VERB" and not has_subject(c) \
                    and c.tag_ == top.tag_ and c not in group:
                group.append(c)
                todo.append(c)
    return group


def _statistic(verb) -> bool:
    """Whether a harm verb counts its victims over a year or more ("more than 8,400 people
    were killed last year", "since 2019, 300 people were kidnapped"): a statistic."""
    group = _coordinated(verb)
    patient = None
    for v in group:
        patient = _child(v, "nsubjpass", "dobj")
        if patient is not None:
            break
    if patient is None or not any(t.like_num or t.dep_ == "nummod" for t in patient.subtree
                                  if t.i < patient.i + 1):
        return False
    ids = {v.i for v in group}
    # a count of several kinds of harm ("killed, injured or kidnapped") or compared with
    # another period ("twice as many as in 2022") is a tally, whatever the period
    tally = len(group) > 1 and any(t.dep_ == "cc" and t.lower_ in ("or", "and/or")
                                   for v in group for t in v.children) \
        or any(t.lower_ in ("twice", "times", "compared", "up", "down") and t.head.i in ids
               | {c.i for v in group for c in v.children} for v in group for t in v.subtree)
    for v in group:
        for t in v.subtree:
            if _lemma(t) in PERIOD_NOUNS or t.lower_ in PERIOD_NOUNS:
                mods = {c.lower_ for c in t.children}
                if mods & SPAN_MODS or mods & PERIOD_MODS and tally:
                    return True                  # "over the past decade", "last year"
            if t.like_num and len(t.text) == 4 and t.text.isdigit() \
                    and t.head.head.i in ids and (t.head.lower_ in ("since", "throughout")
                                                  or tally and t.head.lower_ in ("in", "during")):
                return True                      # "since 2019"
    return False


def _own_harm_told(verb, source: Actor | None) -> bool:
    """Whether a harm told as possible ("could cut off", "may halt") is a threat: its actor
    says it of itself ("X said it could expel ...", "said his country could cut off") or
    ties it to a condition ("may halt mediation if cooperation founders"). What others
    suppose of an actor ("Israel could attack Iran, analysts said") is no threat by it."""
    if not any(c.dep_ == "aux" and c.lower_ in ("could", "may", "might", "would", "can")
               for c in verb.children):
        return False
    subj = _child(verb, "nsubj")
    if subj is None:
        return False
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                     for m in c.children) for c in verb.children):
        return True                          # a harm on a condition: a threat
    said = verb
    while said.dep_ == "conj" and said.head != said:
        said = said.head
    if said.dep_ != "ccomp" or _lemma(said.head) not in REPORTING | {"warn"}:
        return False
    speaker = _child(said.head, "nsubj")
    if speaker is None:
        return False
    if subj.pos_ == "PRON" and subj.lower_ in ("it", "we", "they", "he", "she"):
        return True                          # "Russia said it could expel ..."
    if any(c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their", "our")
           for c in subj.children):
        return True                          # "said his country could cut off ..."
    return source is not None and speaker.i in {t.i for t in _core_span(subj)}


#: Verbs that set a strike or protest ahead: it is called before it is held.
CALLED_AHEAD = frozenset(("call", "announce", "plan", "schedule", "threaten"))


def _past_perfect(verb) -> bool:
    """"had called a strike": one called before the story's time, held by now."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _nominal_control(f: Found, verb) -> None:
    """An event noun takes the control of the infinitive that carries it ("is due to travel
    to Tokyo for talks", "plans to hold talks"): its modality and the verb that sets it."""
    if f.trigger.type == "PROTEST" and f.token.dep_ == "dobj" and \
            _lemma(f.token.head) in CALLED_AHEAD and not _past_perfect(f.token.head):
        f.control_modality, f.control_lemma = "planned", _lemma(f.token.head)
        return                              # "called a 72-hour general strike from Monday"
    cur = verb
    for _ in range(2):
        if cur.dep_ != "xcomp" or not _is_infinitive(cur) or cur.head == cur:
            return
        hl = _lemma(cur.head)
        if hl in CONTROL and hl not in NEGATING_CONTROL:
            f.control_modality, f.control_lemma = CONTROL[hl], hl
            return
        cur = cur.head
