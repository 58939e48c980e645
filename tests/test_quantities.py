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
