"""Event types a reader checks first: the word classes of the trigger lexicon, the demand /
appeal split of REQUEST, and the sentence class a ConfliBERT-style user gets from them."""

from __future__ import annotations

import warnings

import pytest

from eventwire.evaluate import event_class, sentence_class
from eventwire.events.cameo import cameo_root, penta_class, quad_class
from eventwire.events.lexicon import request_force, trigger_forms
from eventwire.model import Event

#: sentence -> (type, mode) that must be among its events; mode None = any mode
CASES: list[tuple[str, str, str | None]] = [
    # verbal conflict (CAMEO 09-13)
    ("Pakistan summoned the French ambassador over the remarks.", "ACCUSE", "disapprove"),
    ("The senator reprimanded the Pentagon.", "ACCUSE", "disapprove"),
    ("The opposition spoke out against the Kenyan government.", "ACCUSE", "disapprove"),
    ("China dismissed the proposal.", "REJECT", None),
    ("Israel turned down the Egyptian offer.", "REJECT", None),
    ("The opposition leader insisted on early elections.", "REQUEST", None),
    ("Russia recalled its ambassador from Lithuania.", "SANCTION", "withdraw"),
    ("The European Union blacklisted five Russian banks.", "SANCTION", None),
    ("The EU envoy ended mediation efforts between Serbia and Kosovo.", "SANCTION",
     "discontinue"),
    # material conflict (CAMEO 14-20)
    ("Iranian authorities cut internet access in Tehran.", "COERCE", "censor"),
    ("Police rounded up dozens of opposition activists in Minsk.", "COERCE", "arrest"),
    ("The Turkish army occupied the town.", "COERCE", "seize"),
    ("Riot police dispersed the protesters in Nairobi.", "ASSAULT", "crowd-control"),
    ("Police fired tear gas at the protesters in Nairobi.", "ASSAULT", "crowd-control"),
    ("Gunmen murdered two Red Cross workers in Kabul.", "ASSAULT", None),
    ("Rebels hijacked a bus in northern Mali.", "ASSAULT", "abduct"),
    ("Thousands of protesters took to the streets of Khartoum.", "PROTEST", "demo"),
    # forces massed, moved, rushed or ordered somewhere; arms handed out; goods delivered
    ("Around 30,000 Iraqi troops massed near the border with Kuwait.", "MOBILIZE", "troops"),
    ("Moscow moved tactical nuclear weapons to Belarus.", "MOBILIZE", "weapons"),
    ("NATO rushed about 1,000 extra troops to Kosovo.", "MOBILIZE", "troops"),
    ("Jakarta ordered thousands of troops into the province to crush the rebels.", "MOBILIZE",
     "troops"),
    ("Separatist authorities handed out rifles to hundreds of volunteers.", "MOBILIZE",
     "militia"),
    ("The government began arming villagers in the east as home guards.", "MOBILIZE",
     "militia"),
    ("Germany delivered an air defence system to Ukraine.", "AID", None),
    ("Saudi Arabia deposited $3 billion with Pakistan's central bank.", "AID", None),
    # troops leaving, weapons handed in, stones hurled at police, bans imposed, contacts
    # frozen, bases lent, joint operations, wanted men handed over, diplomats ordered out
    ("The last Syrian troops left Lebanon on Tuesday.", "RETREAT", "withdraw"),
    ("The last Soviet troops crossed out of Afghanistan on Wednesday.", "RETREAT", "withdraw"),
    ("Rebel fighters handed in their weapons to the peacekeepers.", "RETREAT", "disarm"),
    ("Youths hurled petrol bombs and stones at police in Belfast.", "PROTEST", "riot"),
    ("Washington imposed a ban on imports of Libyan crude oil.", "SANCTION", None),
    ("Moscow froze all contacts with NATO on Wednesday.", "SANCTION", "discontinue"),
    ("The government allowed U.S. forces to use two air bases.", "COOPERATE", None),
    ("Philippine troops began joint training with U.S. special forces.", "COOPERATE", None),
    ("Pakistani forces handed 14 suspected militants over to U.S. officials.", "COOPERATE",
     None),
    ("A Pakistani diplomat was ordered out of the country by India on Tuesday.", "SANCTION",
     "expel"),
    ("Iraqi forces halted missile attacks on Iranian cities at midnight.", "RETREAT",
     "ceasefire"),
    ("The IRA declared a complete cessation of its military operations.", "RETREAT",
     "ceasefire"),
    ("A strike called by the Akali Dal shut shops across Punjab.", "PROTEST", "strike"),
    ("Assad voiced full backing for the Lebanese government.", "SUPPORT", None),
    ("The lawmakers approved a charter of national reconciliation.", "AGREE", None),
    ("The defence minister eased the closure of the West Bank.", "CONCEDE", None),
    ("Rebels dynamited electricity pylons outside Lima.", "ASSAULT", "explosives"),
    ("Saakashvili led thousands of demonstrators into the parliament building.", "PROTEST",
     "demo"),
    ("Tehran formally accepted UN Security Council Resolution 598.", "AGREE", None),
    # accepting an understanding or a framework, ruling out talks
    ("Israel and Hizbollah accepted a U.S.-brokered understanding on Friday.", "AGREE", None),
    ("Ethiopia and Eritrea accepted an OAU framework for ending the war.", "AGREE", None),
    ("The prime minister ruled out any dialogue with the banned party.", "REJECT", "meet"),
    # kidnappings told as seizures, courts that jail, forces ordered somewhere, relief carried
    ("Gunmen seized two Italian aid workers from their office in Baghdad.", "ASSAULT",
     "abduct"),
    ("Militiamen hacked to death hundreds of villagers in the church.", "ASSAULT",
     "primitive"),
    ("A Seoul court jailed the former president for 22 years.", "SANCTION", "convict"),
    ("President Hugo Chavez ordered ten army battalions to the border with Colombia.",
     "MOBILIZE", "troops"),
    ("The European Union froze its direct aid to the Palestinian Authority.", "SANCTION",
     "discontinue"),
    ("The rebel commander ordered his fighters to observe a ceasefire from midnight.",
     "RETREAT", "ceasefire"),
    ("The World Food Programme began airdropping sorghum to families in Jonglei state.", "AID",
     None),
    ("Youths torched dozens of cars in the Paris suburb for a third night.", "PROTEST", "riot"),
    ("Supporters of the former president stormed Congress in Brasilia on Sunday.", "PROTEST",
     "riot"),
    ("Beijing publicly backed President Karimov's handling of the unrest.", "SUPPORT", None),
    ("The chancellor pledged billions of marks to help Moscow build housing.", "AID", None),
    ("The IMF suspended lending to Zambia over hidden borrowing.", "SANCTION", "discontinue"),
    ("The FBI sent dozens of agents to work alongside Kenyan police.", "COOPERATE", None),
    ("The minister approved 10 million marks in emergency aid for flood victims.", "AID", None),
    # wanted people handed to another state, inspectors let in, a vow of attacks
    ("Amman handed over three suspected militants to Saudi Arabia on Sunday.", "COOPERATE",
     None),
    ("Baghdad allowed UN inspectors into presidential palaces on Sunday.", "RETREAT",
     "access"),
    ("The court decided to allow the candidate to take part in the elections.", "CONCEDE",
     None),
    ("Hamas vowed to resume suicide bombings inside Israel.", "THREATEN", "violence"),
    # irregular past forms of phrasal triggers, and further word classes
    ("Militants blew up a bridge near the border.", "ASSAULT", "explosives"),
    ("The rebels laid down their arms on Sunday.", "RETREAT", "disarm"),
    ("The authorities lifted martial law in the capital on Tuesday.", "CONCEDE", None),
    ("The president brushed aside international calls for a truce.", "REJECT", None),
    ("Bowing to weeks of protests, the king said he would reinstate parliament.",
     "CONCEDE", None),
    ("Tens of thousands of protesters packed the central square on Friday.", "PROTEST",
     "demo"),
    ("The government has begun arming local militias in the north.", "MOBILIZE", "militia"),
    ("Uzbekistan opened its air base to U.S. troops on Friday.", "COOPERATE", None),
    ("EU ministers approved an asset freeze against the two ministers.", "SANCTION", None),
    ("The president said Warsaw stood firmly behind Kyiv.", "SUPPORT", None),
    ("The navy has been passing intelligence on arms ships to Sri Lanka.", "COOPERATE",
     None),
    ("The authorities blocked access to Wikipedia on Saturday.", "COERCE", "censor"),
    ("The president dissolved Congress and suspended the constitution.", "COERCE",
     "restrict"),
    # labels of condemnation, answers promised in kind, force used, stay-aways
    ("The opposition leader called the verdict a farce.", "ACCUSE", "disapprove"),
    ("The ministry called the new sanctions illegal and unfriendly.", "ACCUSE", "disapprove"),
    ("The rebels described the raid as an act of aggression.", "ACCUSE", "disapprove"),
    ("Russia said it would respond to the expulsion in a mirror manner.", "THREATEN",
     "expel"),
    ("The army said it would respond to any attack with force.", "THREATEN", "violence"),
    ("Police used tear gas to break up a blockade on the highway.", "ASSAULT",
     "crowd-control"),
    ("The union leader urged workers to stay at home on Monday in protest.", "PROTEST",
     "strike"),
    ("On Tuesday the High Court granted bail to 45 students.", "RETREAT", "release"),
    ("The National Assembly stripped 215 charities of their legal status.", "COERCE",
     "restrict"),
    ("The World Food Programme has flown 35 tonnes of food into the town.", "AID", None),
    ("The navy sent three patrol vessels to the disputed area.", "MOBILIZE", None),
    ("Opposition parties enforced a dawn-to-dusk hartal in Dhaka on Sunday.", "PROTEST",
     "strike"),
    ("Home Minister Abdul Karim warned that anyone who attacked police would be arrested.",
     "THREATEN", "arrest"),
    ("The foreign minister warned that Iraq could recall its ambassador from Ankara.",
     "THREATEN", "relations"),
    ("The transitional authorities dissolved the main opposition party on Tuesday.",
     "COERCE", "restrict"),
    ("The authorities barred the party leader from leaving the country.", "COERCE",
     "restrict"),
    ("The army said it had moved additional troops and two helicopters to the border.",
     "MOBILIZE", "troops"),
    ("Two rockets were launched from Lebanon towards northern Israel.", "ASSAULT",
     "heavy-weapons"),
    ("The minister said the government would not roll back the fuel price rise.", "REJECT",
     None),
    ("Residents said army aircraft bombed rebel positions in the city.", "ASSAULT", "aerial"),
    ("Israeli helicopters and tanks shelled positions near Rafah.", "ASSAULT",
     "heavy-weapons"),
    ("The regulator ordered operators to shut down mobile internet across the country.",
     "COERCE", "censor"),
    ("The unions demanded the resignation of the economy minister.", "REQUEST", "change"),
    ("The governor has declined to resign.", "REJECT", "change"),
    ("The bishops urged the government to withdraw the finance bill.", "REQUEST", "change"),
    ("The UN urged Russia to withdraw its troops.", "REQUEST", "yield"),
    ("Protesters set fire to two police vehicles in Colombo.", "PROTEST", "riot"),
    ("Belarus released the woman on Wednesday evening.", "RETREAT", "release"),
    ("Belarus said it would respond with adequate measures.", "THREATEN", None),
    ("The union said the work stoppage would continue.", "PROTEST", "strike"),
    # cooperation
    ("The Japanese foreign minister arrived in New Delhi for talks.", "CONSULT", "visit"),
    ("The United States removed sanctions on Cuban firms.", "CONCEDE", None),
    ("The musicians' union lifted its boycott of the festival.", "CONCEDE", None),
    ("The Egyptian president pardoned 300 prisoners.", "CONCEDE", None),
    ("The president commuted the death sentence to life imprisonment.", "CONCEDE", None),
    ("Syria withdrew its troops from Lebanon.", "RETREAT", "withdraw"),
    ("Japan pledged 300 billion yen to India.", "AID", None),
    ("Thousands of Syrian families sought refuge in Jordan.", "REQUEST", None),
    # the object decides the sense
    ("Ethiopia struck a deal with the United Nations.", "AGREE", None),
    ("Israeli jets struck Gaza.", "ASSAULT", None),
    ("Russia withdrew its ambassador from Lithuania.", "SANCTION", "withdraw"),
    ("The European Union is mobilising additional funds for Colombia.", "AID", None),
    ("Nepal's government accepted the demands of the protesters.", "CONCEDE", None),
    ("The United States handed over medical supplies to Ethiopia.", "AID", None),
    ("The rebels handed over the city to the army.", "RETREAT", None),
    ("Jordan hosts more than 600,000 Syrian refugees.", "AID", None),
    ("Bahrain cut diplomatic ties with Qatar.", "SANCTION", "discontinue"),
    # a supplier cutting or stopping deliveries (CAMEO 163); stopping them on a condition
    # is a threat
    ("Algeria cut its gas deliveries to neighbouring Morocco.", "SANCTION", "discontinue"),
    ("The state oil firm said it would stop fuel exports to Belarus unless the debt was "
     "paid.", "THREATEN", None),
    # silencing a broadcaster, a state of emergency, police sent in (CAMEO 1721, 1724, 151)
    ("The media regulator suspended the radio station's licence for a month.", "COERCE",
     "censor"),
    ("The Ecuadorian government declared a state of emergency in three provinces.", "COERCE",
     "martial-law"),
    ("The interior ministry sent about 600 police officers to the mining town.", "MOBILIZE",
     "police"),
    # a beating is a beating, whatever was used; the warner's penalty is a threat
    ("The lawyer said two of the activists had been beaten with batons.", "ASSAULT", "beat"),
    ("The spokesman warned that other newspapers would face the same measures.", "THREATEN",
     None),
    # a call over a hotline; a high commissioner summoned is a protest
    ("The army chiefs of India and Pakistan spoke over their hotline on Monday.", "CONSULT",
     "phone"),
    ("Dhaka summoned Myanmar's deputy high commissioner on Friday.", "ACCUSE", "disapprove"),
    # a second verb whose subject is the first verb's
    ("The army chiefs spoke by phone and agreed to observe the ceasefire.", "AGREE", None),
    ("Moldova declared the Russian diplomat persona non grata on Tuesday.", "SANCTION",
     "expel"),
    ("Rebels and soldiers fought in the north on Monday.", "ASSAULT", None),
    # a court throwing out a petition; house arrest; social media blocked; warships sent
    ("The Supreme Court dismissed the opposition's petition on Thursday.", "REJECT", None),
    ("The candidate has been confined to his home by soldiers since Friday.", "COERCE",
     "arrest"),
    ("The regulator ordered internet providers to block access to social media.", "COERCE",
     "censor"),
    ("The navy sent three warships to the disputed waters.", "MOBILIZE", "troops"),
    ("Iran returned the seized British tanker on Friday.", "RETREAT", None),
    ("Five soldiers have been killed in an ambush in the north.", "ASSAULT", None),
    # a number of the people named: released, arrested
    ("Two of the journalists were released without charge on Thursday.", "RETREAT",
     "release"),
]

#: sentence -> types that must NOT be among its events (the word is there, the event is not)
NOT_EVENTS: list[tuple[str, frozenset[str]]] = [
    ("The two leaders sought to ease tensions.", frozenset({"REQUEST"})),
    ("China dismissed the accusations.", frozenset({"REJECT"})),
    ("British troops arrived in Mali.", frozenset({"CONSULT"})),
    ("Russia recalled its ambassador from Lithuania.", frozenset({"RETREAT"})),
    ("The United States removed sanctions on Cuban firms.", frozenset({"SANCTION"})),
    ("Pakistan summoned the French ambassador over the remarks.", frozenset({"REQUEST"})),
    ("Ethiopia struck a deal with the United Nations.", frozenset({"ASSAULT"})),
    ("The ambassador handed over a letter of protest.", frozenset({"RETREAT", "AID"})),
    ("Thousands of fighters are stationed in Syria.", frozenset({"MOBILIZE"})),
    ("Jordan hosts more than 600,000 Syrian refugees.", frozenset({"CONSULT"})),
    ("The union had sent the police a plan for the march.", frozenset({"MOBILIZE"})),
    ("The director general of military operations briefed reporters.",
     frozenset({"ASSAULT"})),
    ("Speaking by phone to a radio station, the candidate said he would appeal.",
     frozenset({"CONSULT"})),
    ("The army has been fighting a jihadist insurgency since 2015.", frozenset({"ASSAULT"})),
    # how they fought, victims described, a toll over years: no attack told here
    ("Our soldiers fought with great courage until the end.", frozenset({"ASSAULT"})),
    ("The fishermen returned to their boats at dawn.", frozenset({"RETREAT"})),
    # what was agreed to be let happen is the agreement, not a second event
    ("Peru agreed to let Chilean consular officials visit the detained fishermen.",
     frozenset({"CONSULT"})),
    ("Two of the civilians killed were women.", frozenset({"ASSAULT"})),
    ("Thousands of soldiers and civilians have been killed in the conflict.",
     frozenset({"ASSAULT"})),
    ("The retailer cut costs by closing stores and shutting off home deliveries.",
     frozenset({"SANCTION"})),
    ("The government cut tariffs on Chinese exports.", frozenset({"SANCTION"})),
    ("The minister warned that food prices would rise sharply.", frozenset({"THREATEN"})),
    # a label of praise, a label denied, an answer that is only a reply, a health rule
    ("The minister called the talks constructive.", frozenset({"ACCUSE"})),
    ("He did not call the vote illegal.", frozenset({"ACCUSE"})),
    ("The ministry would respond to the letter next week.", frozenset({"THREATEN"})),
    ("Health officials urged residents to stay at home to avoid the virus.",
     frozenset({"PROTEST"})),
    ("We will use the full force of the law against the smugglers.",
     frozenset({"ASSAULT", "THREATEN"})),
    ("The airline flew 200 passengers to Paris.", frozenset({"AID", "MOBILIZE"})),
    ("The company launched a new product.", frozenset({"ASSAULT"})),
    ("The opposition Umoja Alliance met in Nairobi.", frozenset({"COOPERATE"})),
    # people set on fire by a crowd are attacked, not rioted at
    ("Two police officers were killed when a crowd set fire to a police post.",
     frozenset({"PROTEST"})),
    # a need is no aid; what "anyone who" does is a warning's condition
    ("More than 4.5 million people in Amhara need humanitarian assistance.",
     frozenset({"AID"})),
    ("The minister warned that anyone who blocked roads would be arrested.",
     frozenset({"PROTEST"})),
    ("Parliament was dissolved ahead of the election.", frozenset({"COERCE"})),
    ("The governor general dissolved parliament, triggering the elections.",
     frozenset({"COERCE"})),
    ("Cuba is sending doctors to Sierra Leone to help fight the Ebola epidemic.",
     frozenset({"ASSAULT"})),
    ("The state is considering giving every household a voucher in a bid to fuel spending.",
     frozenset({"CONCEDE"})),
    ("Martial law was lifted in Lhasa on Tuesday.", frozenset({"COERCE"})),
    ("Police seized three suspects and two rifles in Lagos.", frozenset({"ASSAULT"})),
    ("The rebels handed over two prisoners to the Red Cross.", frozenset({"COOPERATE"})),
    ("She handed the letter to the minister.", frozenset({"COOPERATE"})),
    ("Government forces backed by Russian warplanes continued their attacks.",
     frozenset({"SUPPORT"})),
    ("Figures from the Pentagon do not back up that claim.", frozenset({"SUPPORT"})),
    ("The currency crisis threatened to spread to Indonesia.", frozenset({"THREATEN"})),
    ("The government accepted the main demands of striking tin miners.",
     frozenset({"ASSAULT"})),
    ("The junta freed the opposition leader, ending seven years of detention.",
     frozenset({"COERCE"})),
    ("The prime minister said the country faced its gravest threat in decades.",
     frozenset({"THREATEN"})),
    ("Rebels mobilised fighters ahead of an expected offensive by government forces.",
     frozenset({"THREATEN"})),
    ("The retailer also takes over about 7000 employees from Tesco.", frozenset({"ASSAULT"})),
    ("The president ordered troops to withdraw from the border.", frozenset({"MOBILIZE"})),
    ("Hackers hacked the ministry's website.", frozenset({"ASSAULT"})),
    ("Authorities imposed a curfew across Srinagar, confining residents to their homes.",
     frozenset({"SANCTION"})),
    # what an act ended, and property wrecked in a riot, are that act told again
    ("The troops pulled out of southern Lebanon on Wednesday, ending an occupation that had "
     "lasted 22 years.", frozenset({"CONCEDE"})),
    ("Opposition supporters rioted in Kisumu on Sunday, torching shops and a police station.",
     frozenset({"ASSAULT"})),
    ("Coal miners demanding unpaid wages blocked the railway for a fifth day.",
     frozenset({"REQUEST"})),
    # the name of an accord, and the number of parties to talks, are no actors
    ("NATO troops arrived in Bosnia on Wednesday to enforce the Dayton accord.",
     frozenset({"AGREE"})),
    ("The family moved to Paris.", frozenset({"MOBILIZE"})),
    ("The rain stopped them from leaving the house.", frozenset({"COERCE"})),
    # a state's shutdown, a call of an election, a question left open, the charge
    ("Congress ended the government shutdown on Friday.", frozenset({"PROTEST"})),
    ("The Associated Press called the election for Biden.", frozenset({"REQUEST"})),
    ("The union did not say whether miners would join the strike.", frozenset({"PROTEST"})),
    ("It was unclear whether the rebels would attack the town.", frozenset({"ASSAULT"})),
    ("The UN urged the authorities to free everyone detained for peaceful protest.",
     frozenset({"PROTEST"})),
]

DEMANDS = ["Iran demanded that Britain release the tanker.",
           "The court summoned the former minister."]
APPEALS = ["The United Nations urged both sides to show restraint.",
           "Kenya called on donors to send food aid."]


#: Protests called by their organiser: the appeal, and the organiser's planned protest.
CALLED = ["The opposition leader urged his supporters to join the protests on Friday.",
          "The union leader urged workers to stay at home on Monday in protest.",
          "The minister urged the unions not to strike.",
          "The workers' federation called a 72-hour general strike from Monday and demanded "
          "the resignation of the economy minister."]


@pytest.fixture(scope="module")
def events():
    from eventwire.pipeline import extract_sentences

    texts = [c[0] for c in CASES] + [c[0] for c in NOT_EVENTS] + DEMANDS + APPEALS + CALLED
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = extract_sentences(texts)
    return dict(zip(texts, out))


@pytest.mark.parametrize("text, typ, mode", CASES, ids=[c[0][:40] for c in CASES])
def test_word_classes_give_their_type(events, text, typ, mode):
    got = [(e.type, e.mode) for e in events[text]]
    assert any(t == typ and (mode is None or m == mode) for t, m in got), got


@pytest.mark.parametrize("text, banned", NOT_EVENTS, ids=[c[0][:40] for c in NOT_EVENTS])
def test_the_word_without_its_sense_is_no_event(events, text, banned):
    got = {e.type for e in events[text]}
    assert not got & banned, got


def test_demands_are_verbal_conflict_and_appeals_are_not(events):
    for text in DEMANDS:
        reqs = [e for e in events[text] if e.type == "REQUEST"]
        assert reqs, events[text]
        assert request_force(reqs[0].trigger) == "demand"
        assert sentence_class(events[text]) == 3, text
    for text in APPEALS:
        reqs = [e for e in events[text] if e.type == "REQUEST"]
        assert reqs, events[text]
        assert request_force(reqs[0].trigger) == "appeal"
        assert sentence_class(events[text]) == 0, text


def test_request_force_reads_the_trigger_words():
    assert [request_force(t) for t in ("called for", "urged", "calling on", "an appeal",
                                       "asks", "pleaded")] == ["appeal"] * 6
    assert [request_force(t) for t in ("demanded", "insisted on", "pressing", "Summoned",
                                       "ultimatum")] == ["demand"] * 5
    assert request_force("ensure") == "demand"      # "X said Y must ensure ...": a demand
    assert request_force(None) is None and request_force("") is None


def test_cameo_codes_keep_appeal_and_demand_apart():
    assert cameo_root("REQUEST", "yield", "urged") == "02"
    assert cameo_root("REQUEST", "yield", "demanded") == "10"
    assert cameo_root("REQUEST") == "10"             # from type and mode alone: as before
    assert quad_class("REQUEST", None, "appealed") == 1
    assert quad_class("REQUEST", None, "demanded") == 3
    assert penta_class("REQUEST", None, "called on") == 0
    assert penta_class("REQUEST", None, "demanded") == 3
    assert penta_class("REQUEST") == 0
    assert cameo_root("ACCUSE", "disapprove", "urged") == "11"   # only REQUEST reads it


def _ev(typ: str, **kw) -> Event:
    return Event(doc_id="d", doc_ref="r", type=typ, sentence="s", span=(0, 1), **kw)


def test_refused_cooperation_and_supposed_acts():
    assert event_class(_ev("AGREE", negated=True, modality="planned")) == 3
    assert event_class(_ev("AID", negated=True)) == 3
    assert event_class(_ev("ASSAULT", modality="hypothetical")) == 0
    assert event_class(_ev("ASSAULT", modality="denied")) == 0
    assert event_class(_ev("ASSAULT", modality="reported")) == 4
    assert event_class(_ev("AID", modality="planned")) == 2


def test_new_words_reach_the_fast_path():
    forms = trigger_forms()
    for word in ("summoned", "reprimanded", "blacklisted", "dispersed", "hijacked",
                 "murdered", "pardoned", "recalled", "arrived", "flown", "called",
                 "respond", "stay"):
        assert word in forms, word
    from eventwire.events.lexicon import phrasal_forms

    pairs = phrasal_forms()          # irregular pasts of verbs with a particle
    assert "up" in pairs["blew"] and "down" in pairs["laid"]


def test_pattern_verbs_need_their_companion_word():
    """"called", "stay" and "respond" are common words: the fast path parses their
    sentences only with a label of condemnation, a home, or a future in them."""
    from eventwire.events.candidates import conditional_forms

    needs = conditional_forms()
    assert "illegal" in needs["called"] and "farce" in needs["branded"]
    assert "home" in needs["stayed"]
    assert "would" in needs["respond"]
    assert "declared" not in needs or "illegal" in needs["declared"]


def test_a_called_protest_is_the_organisers_and_still_to_come(events):
    for text in CALLED[:2]:
        protests = [e for e in events[text] if e.type == "PROTEST"]
        assert protests and any(e.type == "REQUEST" for e in events[text]), events[text]
        assert protests[0].modality == "planned"
        assert protests[0].source is not None and "leader" in protests[0].source.text
    assert [e.mode for e in events[CALLED[1]] if e.type == "PROTEST"] == ["strike"]
    assert not [e for e in events[CALLED[2]] if e.type == "PROTEST"]   # urged not to
    called = {e.type: e for e in events[CALLED[3]]}
    assert called["PROTEST"].modality == "planned"      # called, not yet held
    assert "REQUEST" in called                          # the demand is an act of its own


def test_what_is_fired_goes_where_it_is_aimed(events):
    """A rocket's target is where it goes ("towards northern Israel"), not where it came
    from; a missile "targeting US troops" is aimed at them."""
    launched = [e for e in events["Two rockets were launched from Lebanon towards northern "
                                 "Israel."] if e.type == "ASSAULT"]
    assert launched[0].target is not None and launched[0].target.country == "ISR"


def test_an_official_announcing_what_a_state_will_do_speaks_for_it():
    from eventwire.pipeline import extract_sentences

    texts = ["The foreign minister warned that Iraq could recall its ambassador from Ankara.",
             "A government spokesman warned that Russia would face consequences."]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        warned, faced = extract_sentences(texts)
    threat = next(e for e in warned if e.type == "THREATEN")
    assert threat.source.text == "foreign minister" and threat.source.country == "IRQ"
    assert all(e.source is None or e.source.country != "RUS" for e in faced)
