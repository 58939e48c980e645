"""Counts tied to what they count, never dates, years, ordinals or times; sums of money
with their currency."""

from __future__ import annotations

import pytest

from eventwire.annotate import Annotator
from eventwire.quantities import parse_number, quantities_in


@pytest.fixture(scope="module")
def annotate():
    annotator = Annotator(mode="full")

    def run(text):
        doc = annotator.annotate_one(text).doc
        root = next(doc.sents).root
        return quantities_in(list(doc), root)

    return run


def found(qs):
    return [(q.value, q.unit) for q in qs]


def test_plain_numbers():
    assert parse_number("1,200") == 1200
    assert parse_number("3.5") == 3.5
    assert parse_number("seven") == 7
    assert parse_number("dozens") is None


def test_number_modifying_its_noun(annotate):
    qs = annotate("Ecuador sent about 4,300 soldiers to the border.")
    assert found(qs) == [(4300, "soldiers")]
    assert qs[0].text.startswith("about 4,300")


def test_number_far_from_its_noun_takes_the_clause_object(annotate):
    qs = annotate("Spain has cut the number of its police officers in the region to 850.")
    assert (850, "officers") in found(qs)


def test_casualties_are_counted_as_killed(annotate):
    assert found(annotate("At least 14 villagers were killed in the raid.")) == [(14, "killed")]


def test_hyphenated_count(annotate):
    assert found(annotate("The 12-nation bloc met in Lima.")) == [(12, "nations")]


def test_scaled_numbers(annotate):
    assert found(annotate("Police detained 2 million protesters.")) == [(2_000_000, "arrested")]


@pytest.mark.parametrize("text", [
    "The army withdrew in 2019.",
    "The talks resumed on May 14.",
    "The vote was the third in a row.",
    "The ceasefire began at 10:30 local time.",
    "The siege lasted 40 days.",
    "Many dozens of people marched.",
])
def test_not_counts(annotate, text):
    assert annotate(text) == []


def test_quantity_text_keeps_its_whole_modifier(nlp):
    """The words shown as evidence are the words a reader sees: "at least 40", not "least 40"."""
    from eventwire.quantities import quantities_in

    cases = {
        "Soldiers killed at least 40 civilians near the town.": ("at least 40 civilians", 40),
        "More than 200 protesters were detained.": ("More than 200 protesters", 200),
        "Nearly 1,000 troops arrived.": ("Nearly 1,000 troops", 1000),
    }
    for text, (words, value) in cases.items():
        doc = nlp(text)
        verb = next(t for t in doc if t.dep_ == "ROOT")
        got = quantities_in(doc, clause_verb=verb)
        assert [(q.text, q.value) for q in got] == [(words, value)], text
        q = got[0]
        assert text[q.span[0]:q.span[1]] == words


@pytest.mark.parametrize("text, value, unit", [
    ("Qatar paid $300 to the workers.", 300, "USD"),
    ("The United Nations appealed for $45 million in emergency assistance.", 45e6, "USD"),
    ("The European Union released 2 million euros in humanitarian aid.", 2e6, "EUR"),
    ("Japan pledged 300 billion yen in low-interest loans.", 300e9, "JPY"),
    ("The bank will lend Argentina $1.5bn over two years.", 1.5e9, "USD"),
    ("Donors gave US$3m to the fund.", 3e6, "USD"),
    ("Canberra pledged 20 million Australian dollars to the island.", 20e6, "Australian dollars"),
])
def test_sums_of_money_keep_their_currency(annotate, text, value, unit):
    assert (value, unit) in found(annotate(text)), text


def test_money_is_never_counted_as_a_count(annotate):
    """"2 million euros" is a sum, not two million of anything."""
    got = found(annotate("The European Union released 2 million euros in humanitarian aid."))
    assert got == [(2e6, "EUR")]


def test_a_sum_describing_the_subject_is_not_the_events(nlp):
    doc = nlp("A $2 price rise angered the drivers, who blocked the roads.")
    verb = next(t for t in doc if t.text == "blocked")
    assert quantities_in(list(doc), verb) == []


def test_a_weight_in_pounds_is_not_money(annotate):
    assert annotate("The convoy carried 20,000 pounds of rice.") == []


def test_the_count_of_a_partitive_not_the_whole(annotate):
    """"17 of the country's 24 provinces": 17 provinces, not 24."""
    assert found(annotate("Protesters had blocked highways in 17 of the country's 24 provinces.")) \
        == [(17, "provinces")]


def test_numbers_in_a_clause_of_their_own_are_left_out(nlp):
    doc = nlp("The United Nations appealed for $45 million in assistance for the province, "
              "where the cyclone has destroyed more than 10,000 homes.")
    verb = next(t for t in doc if t.text == "appealed")
    assert found(quantities_in(list(doc), verb)) == [(45e6, "USD")]


def test_numbers_in_the_source_phrase_are_left_out(annotate):
    got = found(annotate("The gang demanded a ransom of $200,000, according to a relative of one "
                         "of the captives."))
    assert got == [(200_000, "USD")]


@pytest.mark.parametrize("text", [
    "The 2,200-kilometre border was closed to traffic.",
    "Police arrested a 22-year-old student.",
])
def test_measures_and_ages_are_not_counts(annotate, text):
    assert all(unit not in ("kilometres", "years") for _, unit in found(annotate(text)))


def test_one_of_a_group_is_not_a_count(annotate):
    assert annotate("One of these groups opposed the withdrawal.") == []


@pytest.mark.parametrize("text, expected", [
    ("Sixty-six people or more were injured, ranging in age from eleven to 75.", [(66, "injured")]),
    ("Police arrested twenty-one protesters.", [(21, "arrested")]),
    ("Protesters asked the government to revoke Article 50.", []),
    ("The bid failed to get the two-thirds majority.", []),
    ("Soldiers killed 12 fighters aged between 18 and 25.", [(12, "killed")]),
])
def test_compound_numbers_ages_fractions_and_names(annotate, text, expected):
    assert found(annotate(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Others struck him with a 5-foot tusk.", []),
    ("The herd was released into a 48-acre pasture.", []),
    ("One man sprayed the attacker with a fire extinguisher.", []),
    ("One soldier was killed.", [(1, "killed")]),
])
def test_lone_ones_and_measures(annotate, text, expected):
    assert found(annotate(text)) == expected


# ------------------------------------------- numbers that count nothing (Wikinews audit classes)
@pytest.mark.parametrize("text, expected", [
    # clock times in a time zone
    ("The officer was shot at roughly 2am local time (0100 UTC) on Friday.", []),
    ("Police arrested 40 people at 1800 GMT.", [(40, "arrested")]),
    # ranks and indexes
    ("The player, ranked number 27 in the world, was arrested on Friday.", []),
    ("Police arrested 27 players on Friday.", [(27, "arrested")]),
    # a number inside a name written with a hyphen
    ("Engineers added support for x86-64 and ARM.", []),
    ("The plane was a Su-25 attack jet.", []),
    ("The attack killed twenty-six people.", [(26, "killed")]),
])
def test_times_ranks_and_names_are_not_counts(annotate, text, expected):
    assert found(annotate(text)) == expected


def test_left_dead_counts_the_dead(annotate):
    assert found(annotate("A drone attack left six soldiers dead.")) == [(6, "killed")]
    assert found(annotate("The storm left 300 people homeless.")) == [(300, "displaced")]
    assert found(annotate("The strike left six soldiers in the area.")) == [(6, "soldiers")]


def test_hyphenated_unit(annotate):
    assert found(annotate("The court was petitioned by a lawyer and 78 co-petitioners.")) \
        == [(78, "petitioners")]


def test_a_name_is_no_unit(annotate):
    assert found(annotate("The agency called Nevada for Biden, to a total of 279 electoral "
                          "votes to Trump's 214.")) == [(279, "votes")]


def test_a_relative_clause_about_a_participant_counts_another_event(annotate):
    """The release of a suspect has no casualty count; the shooting he is suspected of has."""
    assert found(annotate("Smith, the suspect in a shooting that left two people dead, was "
                          "released on Friday.")) == []
    assert found(annotate("Police arrested the man who killed three people.")) == []
    assert found(annotate("Police arrested five men who had attacked a bus.")) == \
        [(5, "arrested")]


def test_a_relative_clause_on_the_event_noun_counts_it():
    from eventwire.annotate import Annotator

    doc = Annotator(mode="full").annotate_one(
        "The attack, which killed 12 people, was carried out on Monday.").doc
    noun = next(t for t in doc if t.text == "attack")
    assert found(quantities_in(list(noun.subtree), noun.head)) == [(12, "killed")]


@pytest.mark.parametrize("text, expected", [
    ("She criticized the Top Two election system in California.", []),
    ("Leaders of the Group of Seven met on Friday.", []),
    ("Two soldiers were killed.", [(2, "killed")]),          # a sentence's first word
    ('He said: "Three soldiers were killed."', [(3, "killed")]),
])
def test_a_capitalised_number_word_inside_a_sentence_names(annotate, text, expected):
    assert found(annotate(text)) == expected


def test_the_target_of_a_nominal_event_under_a_light_verb():
    """"imposed entry bans on 12 lawmakers": the parser hangs "on 12 lawmakers" on the verb."""
    from eventwire.annotate import Annotator

    doc = Annotator(mode="full").annotate_one(
        "The government imposed entry bans on 12 French lawmakers on Thursday.").doc
    noun = next(t for t in doc if t.text == "bans")
    assert found(quantities_in(list(noun.subtree), noun.head)) == [(12, "lawmakers")]
    # a phrase before the event noun, or the subject, is not its target
    doc = Annotator(mode="full").annotate_one(
        "Twelve ministers imposed entry bans on the lawmakers.").doc
    noun = next(t for t in doc if t.text == "bans")
    assert found(quantities_in(list(noun.subtree), noun.head)) == []


def test_a_relative_clause_on_another_events_noun_counts_that_event(annotate):
    # the charge has no death toll; the shooting it is about has
    assert found(annotate("The man was charged with murder over a shooting in the city, which "
                          "caused the death of at least 50 people.")) == []
    # under a clause of killing, the attack noun is the same incident
    assert found(annotate("Gunmen killed 12 people in an attack which wounded 30 others.")) == \
        [(12, "killed"), (30, "injured")]


def test_numbers_told_by_a_saying_below_the_event_are_the_sayings(nlp):
    # the appeal counts its sum, not the people of the warning it comes with
    doc = nlp("The agency appealed for $2.5 billion on Monday, warning that more than 18 "
              "million people would need food.")
    verb = next(t for t in doc if t.text == "appealed")
    assert found(quantities_in(list(doc), verb)) == [(2.5e9, "USD")]
    # a welcome counts nothing of what the welcomer goes on to promise
    doc = nlp("Saudi Arabia welcomed the agreement and said it would release 60 detainees.")
    verb = next(t for t in doc if t.text == "welcomed")
    assert found(quantities_in(list(doc), verb)) == []
    release = next(t for t in doc if t.text == "release")
    assert [q.value for q in quantities_in(list(doc), release)] == [60]
    # a toll told of the event is the event's
    doc = nlp("Gunmen attacked the village, and police said 12 people were killed.")
    verb = next(t for t in doc if t.text == "attacked")
    assert [q.value for q in quantities_in(list(doc), verb)] == [12]


def test_a_scaled_number_alone_after_to_counts_the_clause_object(nlp):
    # "to 2.7 million": the number stands alone; the unit is the object's ("the number of
    # people"), as for "reduced the number of its troops ... to 1,200"
    doc = nlp("The agency said it would double the number of people it feeds in the country "
              "to 2.7 million by January.")
    verb = next(t for t in doc if t.text == "double")
    assert found(quantities_in(list(doc), verb)) == [(2.7e6, "people")]


def test_a_vague_round_number_is_no_count(annotate):
    assert found(annotate("Several hundred supporters blocked the road.")) == []
    assert found(annotate("A few thousand workers marched.")) == []
    assert found(annotate("Two hundred supporters blocked the road.")) == [(200, "supporters")]


def test_a_conjoined_act_of_another_kind_keeps_its_own_count():
    from eventwire.pipeline import extract_sentences

    evs = extract_sentences(["Police fired tear gas at the crowd and arrested 58 people."])[0]
    by_type = {e.type: [(q.value, q.unit) for q in e.quantities] for e in evs}
    assert by_type.get("COERCE") == [(58, "arrested")]
    assert by_type.get("ASSAULT") == []
    evs = extract_sentences(["Gunmen killed 12 soldiers and wounded 20 others."])[0]
    assert [(q.value, q.unit) for e in evs for q in e.quantities] == [(12, "killed"),
                                                                      (20, "injured")]
