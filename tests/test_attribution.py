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
