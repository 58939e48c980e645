"""`eventwire eval`: gold loaders, matching and scoring, on hand-written gold snippets and a
fake extractor (no model needed), plus a format check against the real files when present."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire import evaluate as ev
from eventwire.errors import EvaluationError
from eventwire.gold import GoldEvent, GoldSentence, select
from eventwire.gold.conflibert import load_conflibert
from eventwire.gold.petrarch import load_petrarch
from eventwire.gold.plover import load_plover
from eventwire.model import PLOVER_TYPES, Actor, Event

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def event(typ, src=None, tgt=None, mode=None, confidence=0.5, **kw) -> Event:
    return Event(doc_id="d", doc_ref="d", type=typ, sentence="s", span=(0, 1), mode=mode,
                 source=Actor(text=src, name=src, country=src) if src else None,
                 target=Actor(text=tgt, name=tgt, country=tgt) if tgt else None,
                 confidence=confidence, **kw)


# -- loaders -----------------------------------------------------------------------------------

PLOVER_RECORDS = [
    {"id": "DOC-1", "event": "DOCUMENT", "eventText": "header"},
    {"id": "R1", "event": "FIGHT", "mode": "heavy-weapons", "text": "Army guns shelled a  town.",
     "source": [{"actorText": "Army", "code": "NOR", "sector": "MIL"}],
     "target": [{"actorText": "town", "code": "SWE"}], "textInfo": {"markup": "..."}},
    {"id": "R2", "event": "DEMAND", "text": "Oslo asked Stockholm for talks.",
     "source": [{"actorText": "Oslo", "code": "NOR", "sector": "GOV"}], "target": ""},
    {"id": "R3", "event": "AGREE", "text": "Norway and Sweden agreed to cooperate.",
     "source": [{"actorText": "Norway", "code": "NOR"}, {"actorText": "Sweden", "code": "SWE"}],
     "textInfo": {"markup": "(SRC/TAR: Norway) and (SRC/TAR: Sweden) (EVT: agreed)"}},
    {"id": "R4", "event": "INVESTIGATE", "text": "The UN looked into the shelling.",
     "source": [{"actorText": "The UN", "code": "IGO"}], "target": None},
    {"id": "R5", "event": "PROTEST", "mode": "strike-hun", "text": "Army guns shelled a town.",
     "source": [{"actorText": "Inmates", "code": "NOR", "sector": "CVLxyz"}]},
    {"id": "R6", "event": "COERCE", "mode": "destroy", "text": "Police razed the camp.",
     "source": [{"actorText": "Police", "code": "XYZ"}]},
]


@pytest.fixture()
def plover_file(tmp_path: Path) -> Path:
    p = tmp_path / "PLOVER_GSR_CAMEO.txt"
    p.write_text(json.dumps(PLOVER_RECORDS), encoding="utf-8")
    return p


def test_plover_loader_maps_old_names_and_merges_repeated_sentences(plover_file):
    gold = load_plover(plover_file.parent)          # a folder works as well as the file
    assert [g.text for g in gold] == ["Army guns shelled a town.",
                                      "Oslo asked Stockholm for talks.",
                                      "Norway and Sweden agreed to cooperate.",
                                      "The UN looked into the shelling.",
                                      "Police razed the camp."]
    assert [g.split for g in gold] == ["dev", "heldout", "dev", "heldout", "dev"]
    shell = gold[0].events
    assert [(e.type, e.mode) for e in shell] == [("ASSAULT", "heavy-weapons"),
                                                  ("PROTEST", "hunger")]
    assert shell[0].source_countries == {"NOR"} and shell[0].target_countries == {"SWE"}
    assert shell[0].source_sectors == {"MIL"} and shell[1].source_sectors == {"CVL"}
    assert (gold[1].events[0].type, gold[1].events[0].target_countries) == ("REQUEST",
                                                                           frozenset())
    agree = gold[2].events[0]                        # reciprocal: each side is both
    assert agree.source_countries == agree.target_countries == {"NOR", "SWE"}
    un = gold[3].events[0]
    assert (un.type, un.mode, un.source_countries, un.source_sectors) == (
        "ACCUSE", "investigate", frozenset(), {"IGO"})
    razed = gold[4].events[0]
    assert (razed.type, razed.mode, razed.source_countries) == ("ASSAULT", "destroy",
                                                                frozenset())


def test_plover_loader_reports_bad_files(tmp_path):
    bad = tmp_path / "x.txt"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(EvaluationError) as e:
        load_plover(bad)
    assert e.value.code == "E080" and "x.txt" in str(e.value)
    with pytest.raises(EvaluationError):
        load_plover(tmp_path / "missing.txt")


PETRARCH_XML = """<?xml version='1.0' encoding='utf-8'?>
<Validation>
#####
# a header that is not a comment
#####
<Sentences>
<Sentence category="AFP" date="20080806" id="S1" evaluate="true"/>
<EventCoding eventcode="031" sourcecode="NOR" targetcode="SWE" />
<EventCoding eventcode="031" sourcecode="SWE" targetcode="NOR" />
<Text>
Norway and Sweden will
work together.
</Text>
<Parse>1	Norway	Norway	PROPN	NNP	_	0	root	_	_</Parse>
</Sentence>
<Sentence category="AFP" date="20080806" id="S2" evaluate="true">
<EventCoding noevents="True" />
<Text>Nothing happened here.</Text>
</Sentence>
<Sentence category="GOLD" date="20150101" id="S3" evaluate="true"/>
<EventCoding eventcode="195" sourcecode="USAGOV" targetcode="---REB" />
<EventCoding eventcode="015" sourcecode="IGOUNO" targetcode="USA" />
<Text>Jets of the government bombed rebels, the UN said.</Text>
</Sentence>
<Sentence category="TEST" date="20150101" id="S4" evaluate="false"/>
<EventCoding eventcode="111" sourcecode="NOR" targetcode="SWE" />
<Text>Not to be scored.</Text>
</Sentence>
</Sentences>
</Validation>
"""


def test_petrarch_loader_reads_the_malformed_format(tmp_path):
    p = tmp_path / "PETR2_GSR_validation.xml"
    p.write_text(PETRARCH_XML, encoding="utf-8")
    gold = load_petrarch(p)
    assert [g.id for g in gold] == ["S1", "S2", "S3"]
    assert [g.split for g in gold] == ["dev", "heldout", "dev"]
    assert gold[0].text == "Norway and Sweden will work together."
    (agree,) = gold[0].events                          # the A->B / B->A pair is one event
    assert agree.type == "AGREE"
    assert agree.source_countries == agree.target_countries == {"NOR", "SWE"}
    assert gold[1].events == [] and gold[1].unscored == 0
    (strike,) = gold[2].events
    assert (strike.type, strike.mode, strike.code) == ("ASSAULT", "aerial", "195")
    assert strike.source_countries == {"USA"} and strike.source_sectors == {"GOV"}
    assert strike.target_countries == frozenset() and strike.target_sectors == {"REB"}
    assert gold[2].unscored == 1                       # the 015 statement has no PLOVER type


def test_conflibert_loader_splits_by_file_and_checks_labels(tmp_path):
    (tmp_path / "cameo_class").mkdir()
    (tmp_path / "cameo_class" / "train.tsv").write_bytes(
        b"Troops shelled the city.\t4\r\nThe minister praised the deal.\t1\r\n")
    (tmp_path / "cameo_class" / "test.tsv").write_bytes(b"Rebels rejected the plan.\t3\r\n")
    gold = load_conflibert(tmp_path)
    assert [(g.split, g.label, g.text) for g in gold] == [
        ("dev", 4, "Troops shelled the city."), ("dev", 1, "The minister praised the deal."),
        ("heldout", 3, "Rebels rejected the plan.")]
    assert len(load_conflibert(tmp_path / "cameo_class", "heldout")) == 1
    (tmp_path / "cameo_class" / "test.tsv").write_text("no label here\n", encoding="utf-8")
    with pytest.raises(EvaluationError) as e:
        load_conflibert(tmp_path)
    assert "test.tsv:1" in str(e.value)


# -- matching and scoring ----------------------------------------------------------------------

def sentence(*events, split="dev", text="t") -> GoldSentence:
    return GoldSentence(id=text, text=text, split=split, events=list(events))


def test_each_event_counts_once_per_sentence():
    gold = [sentence(GoldEvent("ASSAULT"), GoldEvent("ASSAULT"), GoldEvent("ACCUSE")),
            sentence(),
            sentence(GoldEvent("REQUEST"))]
    preds = [[event("ASSAULT"), event("PROTEST")],
             [event("THREATEN")],
             [event("REQUEST"), event("REQUEST")]]
    s = ev.score_events(gold, preds)
    assert (s.per_type["ASSAULT"].tp, s.per_type["ASSAULT"].fn) == (1, 1)
    assert (s.per_type["ACCUSE"].fn, s.per_type["PROTEST"].fp) == (1, 1)
    assert (s.per_type["REQUEST"].tp, s.per_type["REQUEST"].fp) == (1, 1)
    micro = s.micro
    assert (micro.tp, micro.fp, micro.fn) == (2, 3, 2)
    assert micro.precision == pytest.approx(2 / 5) and micro.recall == pytest.approx(2 / 4)
    assert micro.f1 == pytest.approx(2 * 0.4 * 0.5 / 0.9)
    # what went wrong, in aggregate
    assert s.confusions[("ASSAULT", "PROTEST")] == 1
    assert s.confusions[("ACCUSE", ev.NONE)] == 1
    assert s.confusions[(ev.NONE, "THREATEN")] == 1
    assert s.confusions[(ev.NONE, "REQUEST")] == 1
    assert (s.gold_events, s.predicted_events) == (4, 5)


def test_fields_are_scored_on_matched_events_and_null_is_not_wrong():
    gold = [sentence(GoldEvent("ASSAULT", mode="aerial", source_countries=frozenset({"USA"}),
                               target_countries=frozenset({"IRQ"}))),
            sentence(GoldEvent("AGREE", source_countries=frozenset({"NOR", "SWE"}),
                               target_countries=frozenset({"NOR", "SWE"}))),
            sentence(GoldEvent("PROTEST", mode="riot", source_countries=frozenset({"FRA"})))]
    preds = [[event("ASSAULT", "USA", "SYR", mode="aerial")],
             [event("AGREE", "SWE", None)],
             [event("ACCUSE", "FRA", mode="riot")]]      # wrong type: fields not checked
    s = ev.score_events(gold, preds)
    assert (s.source_country.correct, s.source_country.wrong, s.source_country.null) == (2, 0, 0)
    assert (s.target_country.correct, s.target_country.wrong, s.target_country.null) == (0, 1, 1)
    assert (s.mode.correct, s.mode.n) == (1, 1)
    assert s.source_country.accuracy == 1.0 and s.target_country.accuracy == 0.0


def test_country_misses_are_counted_by_cause():
    both = dict(source_countries=frozenset({"ISR"}), target_countries=frozenset({"PSE"}))
    gold = [sentence(GoldEvent("ASSAULT", **both)) for _ in range(5)]
    unplaced = event("ASSAULT", tgt="PSE")
    unplaced.source = Actor(text="gunmen", name="gunmen", country=None)
    preds = [[event("ASSAULT", "ISR", "PSE")],          # right
             [event("ASSAULT", None, "PSE")],           # no source actor
             [unplaced],                                # a source without a country
             [event("ASSAULT", "PSE", "ISR")],          # swapped
             [event("ASSAULT", "EGY", "PSE")]]          # another country
    s = ev.score_events(gold, preds)
    assert {k: v for k, v in s.country_misses.items() if k[0] == "source"} == {
        ("source", "no actor"): 1, ("source", "actor without a country"): 1,
        ("source", "roles swapped"): 1, ("source", "another country"): 1}
    assert s.country_misses[("target", "roles swapped")] == 1
    assert sum(s.country_misses.values()) == (s.source_country.n - s.source_country.correct
                                              + s.target_country.n - s.target_country.correct)
    tables = ev.event_tables(ev.EvalRun(events=[s], classes=[]))
    assert any(t.title.endswith("why an actor country was missed") for t in tables)


def test_among_events_of_one_type_the_better_fitting_one_is_paired():
    gold = [sentence(GoldEvent("ASSAULT", source_countries=frozenset({"ISR"})))]
    preds = [[event("ASSAULT", "PSE", confidence=0.9), event("ASSAULT", "ISR", confidence=0.4)]]
    s = ev.score_events(gold, preds)
    assert s.source_country.correct == 1 and s.per_type["ASSAULT"].fp == 1


def test_mismatched_lengths_are_an_error():
    with pytest.raises(EvaluationError) as e:
        ev.score_events([sentence()], [])
    assert e.value.code == "E081"


def test_sentence_class_takes_the_most_confident_event_and_falls_back_without_one():
    assert ev.sentence_class([event("PROTEST", confidence=0.4),
                              event("AGREE", confidence=0.8)]) == 1
    assert ev.sentence_class([event("REQUEST")]) == 0
    assert ev.sentence_class([]) is None
    gold = [GoldSentence("a", "a", "dev", label=4), GoldSentence("b", "b", "dev", label=0),
            GoldSentence("c", "c", "dev", label=3)]
    s = ev.score_classes(gold, [[event("ASSAULT")], [], []], majority_class=3)
    assert (s.sentences, s.correct, s.no_event, s.no_event_correct) == (3, 2, 2, 1)
    assert s.per_class[3].fn == 1 and s.per_class[0].fp == 1
    assert s.accuracy == pytest.approx(2 / 3) and s.majority_correct == 1


def test_only_the_chosen_split_reaches_the_extractor():
    gold = [sentence(GoldEvent("AGREE"), text="dev one"),
            sentence(GoldEvent("AGREE"), split="heldout", text="held one"),
            sentence(text="dev two")]
    seen: list[str] = []

    def extractor(texts):
        seen.extend(texts)
        return [[event("AGREE")] if "one" in t else [] for t in texts]

    s = ev.evaluate(gold, extractor, "toy", "dev")
    assert seen == ["dev one", "dev two"]
    assert (s.sentences, s.micro.tp, s.micro.fp) == (2, 1, 0)
    assert len(select(gold, "all")) == 3
    with pytest.raises(EvaluationError):
        ev.evaluate(gold, lambda texts: [], "toy", "dev")


# -- the command -------------------------------------------------------------------------------

def keyword_extractor(texts):
    """A stand-in for the pipeline: one event per keyword, source country from a name."""
    words = {"shelled": "ASSAULT", "asked": "REQUEST", "agreed": "AGREE", "praised": "SUPPORT"}
    out = []
    for t in texts:
        out.append([event(typ, "NOR" if "Army" in t or "Oslo" in t else None)
                    for w, typ in words.items() if w in t])
    return out


def test_eval_command_prints_tables_and_writes_markdown(tmp_path, plover_file, monkeypatch):
    monkeypatch.setattr(ev, "default_extractor", lambda: keyword_extractor)
    (tmp_path / "cls").mkdir()
    (tmp_path / "cls" / "train.tsv").write_text("The minister praised it.\t1\n", encoding="utf-8")
    (tmp_path / "cls" / "test.tsv").write_text("Nobody did anything.\t3\n", encoding="utf-8")
    out = tmp_path / "docs" / "accuracy.md"
    result = CliRunner().invoke(ev.eval_command, ["--plover", str(plover_file), "--conflibert",
                                                  str(tmp_path / "cls"), "--write", str(out)])
    assert result.exit_code == 0, result.output
    assert "by PLOVER type" in result.output and "ASSAULT" in result.output
    md = out.read_text(encoding="utf-8")
    assert "eventwire eval --plover" in md and "git commit:" in md and "model:" in md
    assert "| ASSAULT |" in md and "sentence class" in md
    # dev: 3 sentences (shelled x2 events, agreed, razed): ASSAULT matched, PROTEST, ASSAULT missed
    dev_row = next(line for line in md.splitlines() if line.startswith("| dev | 3 |"))
    assert dev_row.split("|")[3].strip() == "4"       # gold events on dev


def test_eval_command_scores_the_users_own_coded_sentences(tmp_path, plover_file, monkeypatch):
    monkeypatch.setattr(ev, "default_extractor", lambda: keyword_extractor)
    out = tmp_path / "mine.md"
    result = CliRunner().invoke(ev.eval_command, ["--sentences", str(plover_file), "--split",
                                                  "all", "--write", str(out)])
    assert result.exit_code == 0, result.output
    assert "coded sentences" in result.output and "source country" in result.output
    md = out.read_text(encoding="utf-8")
    assert f"eventwire eval --sentences {plover_file} --split all" in md
    assert "| all | 5 |" in md                 # five distinct sentences, one split


PROJECT_SENTENCES = Path(__file__).resolve().parent / "fixtures" / "sentences" / "coded.json"


def test_the_projects_coded_sentences_are_well_formed(monkeypatch):
    import pycountry

    records = json.loads(PROJECT_SENTENCES.read_text(encoding="utf-8"))
    assert len(records) == 3948 and len({r["id"] for r in records}) == 3948
    for r in records:
        assert r["event"] in PLOVER_TYPES, r["id"]
        for a in r["source"] + r["target"]:
            assert a["actorText"] in r["text"], (r["id"], a["actorText"])
            code = a.get("code")
            assert code is None or code in ("IGO", "NGO") or \
                pycountry.countries.get(alpha_3=code) is not None or code == "XKX", code
    gold = load_plover(PROJECT_SENTENCES)
    assert (len(select(gold, "dev")), len(select(gold, "heldout"))) == (1786, 1785)
    # found by default when eval runs from the checkout
    monkeypatch.chdir(PROJECT_SENTENCES.parents[3])
    assert ev.default_path("sentences") == Path("tests/fixtures/sentences/coded.json")


def test_eval_command_without_gold_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(ev.eval_command, [])
    assert result.exit_code != 0
    assert isinstance(result.exception, EvaluationError) and result.exception.code == "E083"


# -- the real files, when ../shared is there -------------------------------------------------

@pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="../shared/data is not present")
def test_real_gold_files_parse_into_the_documented_counts():
    plover = load_plover(SHARED_DATA / "plover-gsr" / "PLOVER_GSR_CAMEO.txt")
    assert sum(len(g.events) for g in plover) == 322         # every coded record kept
    assert len(select(plover, "dev")) == len(select(plover, "heldout")) == 158
    petr = load_petrarch(SHARED_DATA / "petrarch2-gsr-ud" / "PETR2_GSR_validation.xml")
    assert len(petr) == 78
    conf = load_conflibert(SHARED_DATA / "conflibert-cameo")
    assert (len(select(conf, "dev")), len(select(conf, "heldout"))) == (1349, 451)


def test_show_errors_lists_dev_sentences_only(tmp_path, plover_file, monkeypatch):
    monkeypatch.setattr(ev, "default_extractor", lambda: keyword_extractor)
    refused = CliRunner().invoke(ev.eval_command, ["--plover", str(plover_file),
                                                   "--show-errors", "5"])
    assert refused.exit_code != 0 and refused.exception.code == "E086"
    shown = CliRunner().invoke(ev.eval_command, ["--plover", str(plover_file), "--split", "dev",
                                                 "--show-errors", "5"])
    assert shown.exit_code == 0, shown.output
    assert "Police razed the camp." in shown.output              # a dev sentence, missed
    assert "Oslo asked Stockholm" not in shown.output            # held out: never printed
    assert "The UN looked into" not in shown.output


def test_sentence_class_prefers_what_happened_over_what_is_supposed():
    """A sentence that denies an attack but reports an aid delivery is about the aid."""
    from eventwire.evaluate import sentence_class
    from eventwire.model import Event

    def ev(typ: str, conf: float, **kw) -> Event:
        return Event(doc_id="d", doc_ref="r", type=typ, sentence="s", span=(0, 1),
                     confidence=conf, **kw)

    denied = ev("ASSAULT", 0.9, negated=True, modality="denied")
    supposed = ev("SANCTION", 0.8, modality="hypothetical")
    happened = ev("AID", 0.6)
    assert sentence_class([denied, supposed, happened]) == 2
    # nothing factual: a sentence that only supposes or denies an act is a statement about
    # it (CAMEO 014 "consider policy option", 016 "deny responsibility"), class 0
    assert sentence_class([denied, supposed]) == 0
    assert sentence_class([supposed]) == 0
    assert sentence_class([]) is None
