"""Date expressions resolved against a fixed publication date (a Thursday) and the text."""

from __future__ import annotations

import warnings

import pytest

from eventwire.when import resolve_dates, resolve_one

PUB = "2021-03-18"   # a Thursday


def values(text, published=PUB):
    return [(d.text, d.value, d.precision) for d in resolve_dates(text, published)]


@pytest.mark.parametrize("text,value,precision", [
    ("It happened on February 2, 2019.", "2019-02-02", "day"),
    ("It happened on 2 February 2019.", "2019-02-02", "day"),
    ("It happened on 2019-02-02.", "2019-02-02", "day"),
    ("The vote was on February 2.", "2021-02-02", "day"),
    ("The vote was on December 2.", "2020-12-02", "day"),        # never after publication
    ("The talks began in February.", "2021-02", "month"),
    ("The talks began in November.", "2020-11", "month"),
    ("The talks began in May 2018.", "2018-05", "month"),
    ("The party was founded in 1999.", "1999", "year"),
    ("Police arrived on Monday.", "2021-03-15", "day"),
    ("Police arrived on Thursday.", "2021-03-18", "day"),        # publication day itself
    ("Police arrived last Thursday.", "2021-03-11", "day"),
    ("Police arrived yesterday.", "2021-03-17", "day"),
    ("Police arrive today.", "2021-03-18", "day"),
    ("The ban began last month.", "2021-02", "month"),
    ("It was signed three days ago.", "2021-03-15", "day"),
    ("Troops will leave next month.", "2021-04", "month"),
    ("Elections are due next year.", "2022", "year"),
])
def test_single_expressions(text, value, precision):
    d = resolve_dates(text, PUB)
    assert d, text
    assert (d[0].value, d[0].precision) == (value, precision)
    assert text[d[0].span[0]:d[0].span[1]] == d[0].text


def test_anaphora_follow_the_previous_date_in_the_text():
    text = ("The ministers met on March 2. Two days earlier, rebels had shelled the port. "
            "The next day the talks resumed. Later that month a deal was signed. "
            "Later on March 9, the envoy left.")
    got = values(text)
    assert got == [
        ("March 2", "2021-03-02", "day"),
        ("Two days earlier", "2021-02-28", "day"),
        ("The next day", "2021-03-01", "day"),
        ("Later that month", "2021-03", "month"),
        ("March 9", "2021-03-09", "day"),
    ]


def test_month_modifier_gives_month_precision():
    d = resolve_one("after the October riots", PUB)
    assert (d.value, d.precision) == ("2020-10", "month")


def test_last_week_is_unknown_not_guessed():
    d = resolve_one("It started last week.", PUB)
    assert d is not None and d.value is None


def test_verbs_that_look_like_months_are_not_dates():
    assert values("Officials may march in protest.") == []


def test_without_publication_date_relative_dates_stay_null_and_warn_once():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        got = values("It began on Monday and ended on Friday; on January 4, 2020 it resumed. "
                     "Two days later it ended.", published=None)
    assert got[0][1] is None and got[1][1] is None
    assert got[2][1] == "2020-01-04"
    assert got[3][1] == "2020-01-06"                       # anchored on the text's own date
    codes = [getattr(w.message, "code", None) for w in caught]
    assert codes.count("W001") == 1


def test_partial_date_without_publication_takes_the_texts_year():
    got = values("On 4 May 2019 the army moved. On May 9 it stopped.", published=None)
    assert got[1][1] == "2019-05-09"


def test_anaphora_without_an_anchor_is_null():
    assert values("Two days earlier, the army moved.")[0][1] is None
