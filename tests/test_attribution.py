"""According to whom: the reporter named in the text, apart from the publisher."""

from __future__ import annotations

from eventwire.pipeline import Pipeline, extract_sentences
from eventwire.model import Document


def first(sentence, type_=None):
    events = extract_sentences([sentence], published="2021-03-18")[0]
    events = [e for e in events if type_ is None or e.type == type_]
    assert events, sentence
    return events[0]


def test_according_to():
    e = first("According to Human Rights Watch, Libyan militias detained three journalists.")
    assert e.attribution.name == "Human Rights Watch"
    assert e.attribution.text.startswith("According to")
    assert e.modality == "reported"


def test_x_said_with_and_without_inversion():
    e = first("The Syrian army shelled the town, the observatory said.")
    assert e.attribution is not None and "observatory" in e.attribution.name
    e = first("Indonesian police said rebels attacked a convoy in Papua.")
    assert e.attribution is not None and "police" in e.attribution.name.lower()
    assert e.modality == "reported"


def test_a_report_by_names_its_author():
    e = first("Thai troops have withdrawn from the border area, a report by Al Jazeera says.")
    assert e.attribution.name == "Al Jazeera"
    assert e.attribution.text == "a report by Al Jazeera says"


def test_the_report_later_resolves_to_its_author(nlp):
    text = ("Thai troops have withdrawn from the border area, a report by the Bangkok Post says. "
            "The soldiers have withdrawn to their bases, the report said.")
    pipe = Pipeline()
    doc = Document(text=text, doc_ref="t", published="2021-03-18", cleaned=True,
                   sitename="Example News")
    events = [e for e in pipe.extract_doc(doc) if e.type == "RETREAT"]
    assert len(events) == 2
    assert all(e.attribution is not None and e.attribution.name == "Bangkok Post"
               for e in events)
    assert events[1].attribution.text == "the report said"


def test_an_asserted_event_has_no_attribution():
    e = first("Chilean police arrested the protest leaders.")
    assert e.attribution is None and e.modality == "asserted"


def test_the_speaker_is_not_the_reporter_of_his_own_accusation():
    e = first("In a speech, the Bolivian president criticized Chile, saying it stole the sea.",
              "ACCUSE")
    assert e.attribution is None and e.source.country == "BOL"


def test_citing_a_source_but_not_a_reason():
    e = first("Malian troops withdrew from the town, the agency reported, citing local officials.")
    assert e.attribution is not None
    e = first("Malian troops withdrew from the town, citing the heavy rains as the reason.")
    assert e.attribution is None and e.modality == "asserted"
    e = first("Malian troops withdrew from the town, citing Western diplomats.")
    assert e.attribution is not None and "diplomats" in e.attribution.name


def test_a_name_after_the_agency_noun_is_the_source():
    """"the state news agency SONNA" is SONNA, however the parser splits the phrase."""
    e = first("Soldiers killed five gunmen in the capital, according to the state news agency "
              "SONNA.")
    assert e.attribution is not None and e.attribution.name == "SONNA"
    assert e.attribution.text.endswith("SONNA")


def test_a_possessor_stays_with_the_source():
    """Never a fragment such as "'s humanitarian office"."""
    e = first("The European Union released 2 million euros in aid, the bloc's humanitarian "
              "office said.", "AID")
    assert e.attribution is not None
    assert not e.attribution.name.startswith("'s")
    assert "humanitarian office" in e.attribution.name
    e = first("Police arrested 11 protesters in Lima, Peru's interior ministry said.")
    assert e.attribution is not None and e.attribution.name == "Peru's interior ministry"


def test_coordinated_sayers_at_the_end():
    e = first("Security forces opened fire on protesters in Mandalay, killing six people, "
              "witnesses and a local rescue group said.", "ASSAULT")
    assert e.attribution is not None
    assert e.attribution.name == "witnesses and a local rescue group"
    assert e.modality == "reported"


def test_a_news_agency_is_the_reporter_not_the_publisher():
    e = first("Crowds set fire to police vehicles in Tehran, the semi-official Fars news agency "
              "reported.")
    assert e.attribution is not None and "Fars" in e.attribution.name


def test_a_dateline_is_not_the_sayer():
    e = first("ZVECAN, Kosovo - NATO said on Tuesday it would send 700 more soldiers to Kosovo.")
    assert e.attribution is not None and e.attribution.name == "NATO"
    assert e.attribution.text == "NATO said"


def test_a_relative_clause_is_not_part_of_the_sources_name():
    e = first("Soldiers killed five gunmen in Kismayo, according to a relative of one of the "
              "captives who spoke on condition of anonymity.")
    assert e.attribution is not None
    assert e.attribution.name == "relative of one of the captives"


def test_the_author_of_a_tweet_or_a_tally():
    e = first("Fifty people were killed in Idlib, according to a tally by the Syrian Observatory "
              "for Human Rights.")
    assert e.attribution is not None
    assert e.attribution.name == "Syrian Observatory for Human Rights"


# ------------------------------------------------------ sayers' names (Wikinews audit classes)
def test_inverted_sayer_with_a_hyphenated_title():
    e = first('"Warm water is attacking the ice shelves," said study co-author Karen Alley.')
    assert e.attribution is not None and e.attribution.name == "Karen Alley"


def test_a_negated_reporting_verb_reports_nothing():
    e = first("The party did not immediately announce whom they would support in the vote.")
    assert e.attribution is None
    e = first("The party announced that it would support the prime minister in the vote.")
    assert e.attribution is not None and "party" in e.attribution.name.lower()


def test_an_age_is_no_part_of_the_sayers_name():
    e = first("The 47-year-old minister's office said he had cancelled all meetings.",
              "SANCTION")
    assert e.attribution is not None
    assert e.attribution.name == "minister's office"


def test_a_subordinate_announcement_is_not_the_source():
    e = first("Protests have taken place in Belgrade since Tuesday after the government "
              "announced new lockdown measures.", "PROTEST")
    assert e.attribution is None
    e = first("Protesters clashed with police in Belgrade on Tuesday, the interior ministry "
              "announced.")
    assert e.attribution is not None and "ministry" in e.attribution.name


def _doc_events(text, published="2021-03-18"):
    pipe = Pipeline()
    doc = Document(text=text, doc_ref="t", published=published, cleaned=True)
    return pipe.extract_doc(doc)


def test_a_he_sayer_is_the_person_named_as_subject_just_before(nlp):
    events = _doc_events("Interior Minister Carlos Mendiola denied on Thursday that officers "
                         "had fired live ammunition. He said 14 police officers had been "
                         "injured by stones thrown by protesters.")
    hurt = [e for e in events if e.type == "ASSAULT" and "14" in e.sentence]
    assert hurt and hurt[0].attribution is not None
    assert hurt[0].attribution.name == "Carlos Mendiola"
    assert hurt[0].attribution.text == "He said"


def test_a_he_sayer_stays_unknown_when_the_person_before_is_no_subject_or_not_alone(nlp):
    events = _doc_events("The minister met John Smith on Monday. He said police had arrested "
                         "12 people.")
    arrest = [e for e in events if e.type == "COERCE"]
    assert arrest and arrest[0].attribution is None
    events = _doc_events("John Smith met Anna Kowalski on Monday. He said police had arrested "
                         "12 people.")
    arrest = [e for e in events if e.type == "COERCE"]
    assert arrest and arrest[0].attribution is None


def test_a_saying_without_a_sayer_of_its_own_is_reported_by_the_clause_above():
    e = first("Saudi Arabia welcomed the agreement and said it would release 60 detainees, the "
              "official Saudi Press Agency reported.", "AGREE")
    assert e.attribution is not None and e.attribution.name == "Saudi Press Agency"
