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


@pytest.mark.parametrize("text,value", [
    # planned: the next such weekday after publication (a Thursday)
    ("The minister is due to travel to Sri Lanka on Friday.", "2021-03-19"),
    ("He will meet the prime minister on Monday.", "2021-03-22"),
    ("Talks are scheduled for Tuesday.", "2021-03-23"),
    ("The envoy is expected to arrive in Paris on Wednesday.", "2021-03-24"),
    # reported, done or said: the latest such weekday on or before publication
    ("The minister travelled to Sri Lanka on Friday.", "2021-03-12"),
    ("It will send troops, the ministry said on Monday.", "2021-03-15"),
    ("The flight was cancelled due to the storm on Friday.", "2021-03-12"),
    ("Officials said the talks would resume on Friday.", "2021-03-12"),
    ("The vote is held on Thursday.", "2021-03-18"),
])
def test_weekdays_of_planned_events_look_ahead(text, value):
    assert resolve_dates(text, PUB)[0].value == value


def test_a_day_after_in_the_same_sentence_is_the_earlier_event():
    """"X resigned on Wednesday, a day after Y demanded it": Y is Tuesday, and the story's
    date stays Wednesday for what follows."""
    got = values("The minister resigned on Wednesday, a day after lawmakers demanded his "
                 "dismissal. The following day, he left the country.")
    assert [g[1] for g in got] == ["2021-03-17", "2021-03-16", "2021-03-18"]
    got = values("Rebels attacked on Monday. Two days after the attack, troops arrived.")
    assert [g[1] for g in got] == ["2021-03-15", "2021-03-17"]


def test_parts_of_the_day_refer_to_the_previous_date():
    got = values("Police arrived on Monday. Earlier in the day, rebels attacked. "
                 "The previous evening, troops left. That night, shots rang out.")
    assert [g[1] for g in got] == ["2021-03-15", "2021-03-15", "2021-03-14", "2021-03-14"]


def _event_date(nlp, text, verb_text, published=PUB):
    from eventwire.when import event_date

    doc = nlp(text)
    dates = resolve_dates(text, published)
    sent = next(s for s in doc.sents if verb_text in s.text)
    verb = next(t for t in sent if t.text == verb_text)
    d = event_date(verb, sent, dates)
    return d.value if d is not None else None


def test_the_date_of_the_events_own_clause(nlp):
    text = ("Interior Minister Carrillo resigned on Wednesday, a day after lawmakers demanded "
            "his dismissal.")
    assert _event_date(nlp, text, "resigned") == "2021-03-17"
    assert _event_date(nlp, text, "demanded") == "2021-03-16"


def test_the_date_of_a_same_time_clause(nlp):
    text = ("Soldiers killed all five gunmen and rescued 86 people when the operation ended on "
            "Friday morning.")
    assert _event_date(nlp, text, "killed") == "2021-03-12"


def test_a_date_that_describes_another_noun_is_not_the_events(nlp):
    text = ("The prime minister condemned the strikes as a violation of the November 2019 "
            "ceasefire.")
    assert _event_date(nlp, text, "condemned") is None
    assert _event_date(nlp, "Police arrested 71 people on Friday night.", "arrested") == \
        "2021-03-12"
    assert _event_date(nlp, "In the March 2 deal, the two sides agreed to a truce.",
                       "agreed") == "2021-03-02"


def test_an_announced_act_takes_the_announcements_date(nlp):
    assert _event_date(nlp, "The World Bank said on Friday it would lend Argentina $1.5 billion.",
                       "lend") == "2021-03-12"


def test_a_date_of_another_clause_is_not_taken(nlp):
    text = "Police arrested five people after rebels attacked a convoy on Monday."
    assert _event_date(nlp, text, "arrested") is None


@pytest.mark.parametrize("text,value", [
    ("They will meet next Friday.", "2021-03-19"),
    ("They will meet next Thursday.", "2021-03-25"),      # never the publication day itself
    ("Elections will be held on January 5.", "2022-01-05"),
    ("Elections were held on January 5.", "2021-01-05"),
    ("The talks will resume in February.", "2022-02"),
    ("The talks resumed in February.", "2021-02"),
])
def test_dates_of_what_is_to_come_are_not_in_the_past(text, value):
    assert resolve_dates(text, PUB)[0].value == value


def test_years_later_count_from_the_year_in_the_same_sentence():
    got = values("On Friday, the base was attacked. US troops left Iraq in 2011, then returned "
                 "three years later.")
    assert [g[1] for g in got] == ["2021-03-12", "2011", "2014"]


@pytest.mark.parametrize("text,value", [
    ("Two weeks before the March 30 deadline, talks collapsed.", "2021-03-16"),
    ("Troops withdrew a day after the March 2 vote.", "2021-03-03"),
    ("The talks ended the day before the March 3 election.", "2021-03-02"),
    ("The vote is on March 30.", "2021-03-30"),      # a few days ahead: the coming one
])
def test_counting_from_the_date_that_follows(text, value):
    assert resolve_dates(text, PUB)[0].value == value


def test_a_date_still_to_come_is_not_the_storys_anchor():
    got = values("Gunmen attacked a mosque on Friday. The judge ordered him held until his court "
                 "appearance on March 25. The second attack was on the same day.")
    assert [g[1] for g in got] == ["2021-03-12", "2021-03-25", "2021-03-12"]
    got = values("The minister will travel to Paris on Monday. The following day he will meet "
                 "the president.")
    assert [g[1] for g in got] == ["2021-03-22", "2021-03-23"]


def test_the_following_year_counts_from_a_year():
    got = values("The party was founded in 1999. The following year it won the election.")
    assert [g[1] for g in got] == ["1999", "2000"]
    got = values("Rebels took the town in May 2019. The following month, troops retook it.")
    assert [g[1] for g in got] == ["2019-05", "2019-06"]


def test_a_stance_taken_in_the_saying_takes_its_date(nlp):
    text = "The United States said on Tuesday it stood with its ally the Philippines."
    assert _event_date(nlp, text, "stood") is not None
    text = "The ministry said on Monday that police had arrested five men."
    assert _event_date(nlp, text, "arrested") is None


def test_a_simple_past_after_a_pluperfect_goes_with_the_saying(nlp):
    text = ("China's foreign ministry said on Sunday that the boats had entered Chinese waters "
            "and accused Manila of breaking a promise.")
    assert _event_date(nlp, text, "accused") == "2021-03-14"


def test_a_past_event_counted_past_the_publication_date_stays_unknown():
    """"This comes a week after he attended a summit", with the previous date the day before
    publication: counting forward would put a past event after the story was written."""
    got = values("The minister fell ill on Thursday. This comes a week after he attended "
                 "a summit in Brussels.")
    assert got[0][1] == "2021-03-18"
    assert got[1][1] is None
    # still to come: the count forward stands
    got = values("The minister will travel on Monday. Two days later, he will meet the king.")
    assert [g[1] for g in got] == ["2021-03-22", "2021-03-24"]


# ----------------------------------------------------- whole-article date classes (Wikinews audit)
@pytest.mark.parametrize("text, published, expected", [
    # a month or day followed by the year it is in, relative to publication
    ("The couple were arrested in January of last year.", "2019-04-20", "2018-01"),
    ("The couple were arrested on January 5 last year.", "2019-04-20", "2018-01-05"),
    ("Protests have gone on since June of this year.", "2019-11-27", "2019-06"),
    ("The couple were arrested in January.", "2019-04-20", "2019-01"),        # no year named
    # the year after a comma
    ("He was arrested in March, 2018, in Seoul.", "2019-10-17", "2018-03"),
])
def test_month_with_its_year_in_words(text, published, expected):
    assert resolve_dates(text, published)[0].value == expected


def test_a_plan_told_in_the_past_is_this_years_month():
    """"would meet in early September", told at the end of August, is this September; a past
    clause keeps last year's, and so does a month more than three months ahead."""
    assert resolve_one("Parliament would meet briefly in early September.",
                       "2019-08-29").value == "2019-09"
    assert resolve_dates("Parliament would not sit until October 14.",
                         "2019-08-29")[0].value == "2019-10-14"
    assert resolve_one("Parliament met briefly in early September.", "2019-08-29").value \
        == "2018-09"
    assert resolve_one("Parliament would meet in December.", "2019-08-29").value == "2018-12"


def test_last_weekday_is_not_yesterday():
    assert resolve_one("The delegations met last Thursday.", "2020-01-10").value == "2020-01-02"
    assert resolve_one("The delegations met on Thursday.", "2020-01-10").value == "2020-01-09"
    assert resolve_one("The delegations met last Wednesday.", "2020-01-10").value == "2020-01-08"


def test_a_date_without_year_continues_the_story_of_the_year_just_named():
    text = ("The army moved on November 15, 2017, and placed the president under house arrest. "
            "He negotiated his resignation on November 21.")
    assert [d.value for d in resolve_dates(text, "2019-09-09")] == ["2017-11-15", "2017-11-21"]
    text = "In 2016, she stayed in the race until June and did not endorse him until July."
    assert [d.value for d in resolve_dates(text, "2020-04-15")] == ["2016", "2016-06", "2016-07"]


@pytest.mark.parametrize("text, published, expected", [
    # recent news stays this year's, whatever year the sentence before named
    ("He was born on March 3, 1950. On March 20, protesters marched.", "2020-04-15",
     "2020-03-20"),
    ("In 2016, the law passed, and in March protesters marched.", "2020-04-15", "2020-03"),
    # a year that bounds a span ("since 2011") dates nothing after it
    ("Sanctions have held since 2011, and in July they were extended.", "2020-04-15",
     "2019-07"),
    # two sentences on, the story may have moved
    ("The army moved on November 15, 2017. Talks went on. On November 21 he resigned.",
     "2019-09-09", "2018-11-21"),
])
def test_the_story_year_is_not_carried_too_far(text, published, expected):
    assert resolve_dates(text, published)[-1].value == expected


def test_a_clock_time_alone_is_on_the_day_last_named():
    text = ("Gunmen stormed a hotel on Tuesday evening. The attackers detonated a car bomb at "
            "the gate shortly after 9 p.m. and opened fire.")
    assert [d.value for d in resolve_dates(text, PUB)] == ["2021-03-16", "2021-03-16"]
    # with a day of its own in the sentence, the clock time gives no date
    got = resolve_dates("Rebels attacked on Monday. A man was arrested at 2 a.m. on Sunday.",
                        PUB)
    assert [(d.text, d.value) for d in got] == [("on Monday", "2021-03-15"),
                                                ("at 2 a.m.", None), ("on Sunday", "2021-03-14")]
    assert resolve_dates("The talks began at 10:30 am.", PUB)[0].value is None   # no day yet


def _nominal_date(nlp, text, noun_text, published=PUB):
    from eventwire.when import event_date

    doc = nlp(text)
    dates = resolve_dates(text, published)
    sent = next(doc.sents)
    noun = next(t for t in sent if t.text == noun_text)
    verb = noun
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    d = event_date(verb, sent, dates, {t.i for t in noun.subtree}, nominal=True)
    return d.value if d is not None else None


def test_an_event_noun_describing_a_person_does_not_take_the_clause_date(nlp):
    text = ("Kyle Smith, the suspect in a shooting at a protest, was released from jail on "
            "Friday.")
    assert _nominal_date(nlp, text, "shooting") is None
    assert _event_date(nlp, text, "released") == "2021-03-12"
    # the event noun of the clause itself keeps it
    assert _nominal_date(nlp, "Police announced an investigation on Friday.",
                         "investigation") == "2021-03-12"


def test_a_trailing_date_dates_both_coordinated_verbs(nlp):
    text = "Coast guards seized three boats and detained 27 crew members off the coast on Monday."
    assert _event_date(nlp, text, "seized") == "2021-03-15"
    assert _event_date(nlp, text, "detained") == "2021-03-15"
    # a date that sets the second act after the first is the second's only
    text = "The airport was shut down after the crash on Monday and reopened later that day."
    assert _event_date(nlp, text, "reopened") == "2021-03-15"
    text = "The airport was shut down after the crash and reopened later that day."
    assert _event_date(nlp, text, "shut") is None
    # a verb with a date of its own keeps it
    text = "Police arrested five men on Friday and released them on Monday."
    assert _event_date(nlp, text, "arrested") == "2021-03-12"


def test_the_first_day_of_a_plan_told_in_the_past_is_ahead():
    # publication on a Thursday: "from Saturday" is the coming one
    assert resolve_one("The opposition said it would hold a general strike from Saturday.",
                       PUB).value == "2021-03-20"
    # not a plan, or not the first day of one: the project's rule for weekdays holds
    assert resolve_one("The strike ran from Saturday.", PUB).value == "2021-03-13"
    assert resolve_one("Officials said the talks would resume on Saturday.", PUB).value \
        == "2021-03-13"


def test_the_first_day_of_a_period_an_announcement_calls_is_ahead():
    # publication on a Thursday: a strike called "from Monday" starts on the coming Monday
    assert resolve_one("The farmers' union called an indefinite strike from Monday.",
                       PUB).value == "2021-03-22"
    assert resolve_one("Teachers announced a walkout starting Tuesday.", PUB).value \
        == "2021-03-23"
    # told as past (a pluperfect, or a period that has begun), the day already gone
    assert resolve_one("The union had called a strike from Monday.", PUB).value == "2021-03-15"
    assert resolve_one("The strike that began from Monday shut the ports.", PUB).value \
        == "2021-03-15"


def test_a_clause_with_a_time_of_its_own_does_not_take_another_clauses_day(nlp):
    # "next week" has no day: the march is not on the day the strike was called for
    text = "The union called a strike on Monday and said its members would march next week."
    assert _event_date(nlp, text, "called") == "2021-03-15"
    assert _event_date(nlp, text, "march") is None
    # without a time of its own, the announced act still takes the announcement's day
    text = "The union called a strike on Monday and said its members would march."
    assert _event_date(nlp, text, "march") == "2021-03-15"


def test_a_when_clause_on_a_date_happens_at_that_date(nlp):
    text = "The war began in 2014, when rebels seized the capital."
    assert _event_date(nlp, text, "seized") == "2014"
    # a same-time clause goes on at its main clause's day
    text = "Police arrested 20 people on Monday as protesters marched through the city."
    assert _event_date(nlp, text, "marched") == "2021-03-15"
    # a clause of sequence is not at the same time
    text = "Police arrested 20 people on Monday after protesters marched through the city."
    assert _event_date(nlp, text, "marched") is None


def test_a_comparison_with_as_is_no_same_time_clause(nlp):
    text = ("On Friday, Congress approved a budget with half as much money as the president "
            "had requested for the wall.")
    assert _event_date(nlp, text, "requested") is None


def test_during_an_event_the_text_has_dated_is_on_its_day(nlp):
    text = ("Unions held a general strike on Monday. Flights were cancelled. Police arrested "
            "11 protesters during the strike.")
    assert _event_date(nlp, text, "arrested") == "2021-03-15"
    # an event of two days, an indefinite one, or one the text never dated: unknown
    text = "Unions held a strike on Monday and Tuesday. Police arrested 11 people during the strike."
    assert _event_date(nlp, text, "arrested") is None
    text = "Unions held a strike on Monday. Police arrested 11 people during a protest."
    assert _event_date(nlp, text, "arrested") is None
    text = "Unions held a strike last week. Police arrested 11 people during the strike."
    assert _event_date(nlp, text, "arrested") is None


def test_a_month_takes_the_year_named_after_its_pair():
    """"in July and August 2024" is July 2024, not the July before publication."""
    refs = resolve_dates("Protests in July and August 2024 forced him out. Talks were held on "
                         "March 3 and March 5, 2021. He arrived in July.", "2026-09-16")
    assert [r.value for r in refs] == ["2024-07", "2024-08", "2021-03-03", "2021-03-05",
                                       "2026-07"]


def test_an_appeal_from_a_weekday_looks_ahead():
    """"urged Ugandans to stay at home for three days from Monday" (published on a
    Saturday): the coming Monday, as for "called a strike from Monday"."""
    refs = resolve_dates("The opposition leader urged Ugandans to stay at home for three "
                         "days from Monday.", "2026-02-21")
    assert [r.value for r in refs] == ["2026-02-23"]


def test_the_year_of_a_named_period():
    refs = resolve_dates("More than 4,000 people were killed during the 2024 war.", "2026-04-24")
    assert [r.value for r in refs] == ["2024"]
    assert resolve_dates("He asked for help in the 2020 election.", "2020-06-18") == []
