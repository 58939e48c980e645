"""User actor dictionaries (eventwire.actors.dictionary): the three formats, CAMEO code
mapping, dates, precedence over the built-in knowledge base, and the option on the Python
API and the commands that extract. Fixtures are small project-written files with invented
names (tests/fixtures/dictionaries)."""

from __future__ import annotations

import json
import warnings
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.actors.dictionary import (LayeredKnowledgeBase, cameo_country, cameo_sector,
                                         load_knowledge_base, read_dictionary, resolve_codes,
                                         parse_code, sniff_format)
from eventwire.actors.tables import knowledge_base
from eventwire.errors import EventwireWarning, UsageError

DICTS = Path(__file__).resolve().parent / "fixtures" / "dictionaries"
ACTORS = DICTS / "fictional.actors"
AGENTS = DICTS / "fictional.agents.txt"
TSV = DICTS / "fictional.tsv"


def _read(path, **kw):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", EventwireWarning)
        d = read_dictionary(path, **kw)
    return d, [str(w.message) for w in caught if isinstance(w.message, EventwireWarning)]


def _f(entry):
    return (entry.country, entry.sector, entry.kind)


def _by_name(d):
    return {a.entry.name: a for a in d.actors}


# -- formats ----------------------------------------------------------------------------------

def test_format_is_sniffed_from_the_content(tmp_path):
    for path, fmt in ((ACTORS, "tabari"), (AGENTS, "agents"), (TSV, "tsv")):
        assert sniff_format(path, path.read_text(encoding="utf-8")) == fmt
        renamed = tmp_path / f"renamed-{fmt}.txt"          # the name does not decide
        renamed.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
        assert _read(renamed)[0].format == fmt


def test_tabari_file_synonyms_comments_and_codes():
    d, warned = _read(ACTORS)
    actors = _by_name(d)
    klf = actors["Korvellan Liberation Front"]
    assert (klf.entry.country, klf.entry.sector, klf.entry.kind) == ("MLI", "REB", "group")
    assert set(klf.aliases) == {"Korvellan Liberation Front", "KLF", "Korvellan Front"}
    assert klf.line == 6
    # the block comment hides its line; the trailing '_' and '#' comment are not in names
    assert not any("Decoy" in n for n in actors)
    assert actors["Tallinor Relief Institute"].entry.sector == "NGO"
    assert _f(actors["Arkan Shipping Lines"].entry) == (None, "BUS", "org")
    assert _f(actors["Blue Heron Brigades"].entry)[:2] == (None, "REB")
    # [---] says nothing: left out and counted, not an entry with nulls
    assert "Nobody in Particular" not in actors and d.uninformative == 1
    # two undated codes that disagree on the sector keep the country only
    assert _f(actors["Oskar Brennwald"].entry)[:2] == ("DEU", None)


def test_malformed_lines_warn_with_file_and_line_and_loading_goes_on():
    d, warned = _read(ACTORS)
    assert d.skipped_lines == 3
    assert all("W021" in w and "fictional.actors" in w for w in warned)
    assert any("line 26" in w and "bracket" in w for w in warned)
    assert any("line 27" in w and "date" in w for w in warned)
    assert any("line 28" in w and "usa-gov" in w for w in warned)
    assert "Pentagon" in _by_name(d)                      # lines before the bad ones are read


def test_date_restrictions_keep_only_what_all_codes_agree_on_unless_a_date_is_given():
    vel = "Marta Vellorino"
    d, _ = _read(ACTORS)
    assert _f(_by_name(d)[vel].entry)[:2] == ("PER", None)              # ELI then GOV: no sector
    assert set(_by_name(d)[vel].aliases) == {vel, "President Vellorino"}
    d, _ = _read(ACTORS, as_of=date(2007, 3, 1))
    assert _f(_by_name(d)[vel].entry)[:2] == ("PER", "GOV")
    d, _ = _read(ACTORS, as_of=date(1995, 3, 1))
    assert _f(_by_name(d)[vel].entry)[:2] == ("PER", None)              # ELI: no eventwire sector


def test_date_specs_and_the_default_code():
    assert parse_code("AFGGOV <011222").end == date(2001, 12, 22)
    assert parse_code("AFGGOV >19991231").start == date(1999, 12, 31)
    c = parse_code("AFGGOV 750101-000101")
    assert (c.start, c.end) == (date(1975, 1, 1), date(2000, 1, 1))
    for bad in ("AFGGOV 99999", "AFGGOV =010101", "afg gov", ""):
        with pytest.raises(ValueError):
            parse_code(bad)
    codes = [parse_code("XYZGOV 900101-951231"), parse_code("NORMIL >960101"),
             parse_code("SWE")]
    assert resolve_codes(codes) == (None, None)                        # three countries
    assert resolve_codes(codes, date(1993, 1, 1)) == (None, "GOV")     # XYZ is no country
    assert resolve_codes(codes, date(2001, 1, 1)) == ("NOR", "MIL")
    assert resolve_codes(codes[:2] + [parse_code("SWEGOV 800101-801231")],
                         date(1985, 1, 1)) == (None, None)             # nothing in force


def test_cameo_codes_map_to_country_and_sector():
    assert (cameo_country("AFGGOV"), cameo_sector("AFGGOV")) == ("AFG", "GOV")
    assert (cameo_country("USAELIGOV"), cameo_sector("USAELIGOV")) == ("USA", "GOV")
    assert (cameo_country("IRQCOP"), cameo_sector("IRQCOP")) == ("IRQ", "GOV")
    assert (cameo_country("PSEREBHMS"), cameo_sector("PSEREBHMS")) == ("PSE", "REB")
    assert (cameo_country("IGOUNOKID"), cameo_sector("IGOUNOKID")) == (None, "IGO")
    assert (cameo_country("NGO"), cameo_sector("NGO")) == (None, "NGO")
    assert (cameo_country("MNC"), cameo_sector("MNC")) == (None, "BUS")
    assert (cameo_country("IMGMUSALQ"), cameo_sector("IMGMUSALQ")) == (None, "REB")
    assert (cameo_country("---GOV"), cameo_sector("---GOV")) == (None, "GOV")
    assert cameo_country("TMPREB") == "TLS" and cameo_country("KSV") == "XKX"
    for no_country in ("MEAREB", "SASGOV", "USR", "YUGGOV", "INT", "UIS"):
        assert cameo_country(no_country) is None
    assert cameo_sector("AFGELI") is None and cameo_sector("IRQMUS") is None
    assert cameo_sector("SYRINSMUS") == "REB" and cameo_sector("~SPY") == "GOV"
    assert cameo_sector("~AGR") == "CVL" and cameo_sector("~ELI") is None


def test_agents_file_gives_role_words_with_plurals():
    d, warned = _read(AGENTS)
    r = d.roles
    assert r["grain grower"] == r["grain growers"] == "CVL"
    assert r["ferryman"] == r["ferrywomen"] == "BUS"                   # !PERSON! expanded
    assert r["constable"] == r["constabulary"] == "GOV"                # {PLURAL} given
    assert r["harbour warden"] == "GOV" and "harbour wardens" not in r  # {} = no plural
    assert r["customs raiders"] == "REB"
    assert "lighthouse keeper" not in r and d.role_words_without_sector == 1   # ELI
    assert any("line 10" in w and "NOCODE_WORD" in w for w in warned)


def test_eventwire_tsv_rows_and_bad_rows():
    d, warned = _read(TSV)
    a = _by_name(d)
    assert _f(a["Veltrana Coastal Guard"].entry) == ("MLT", "MIL", "institution")
    assert "VCG" in a["Veltrana Coastal Guard"].aliases
    assert _f(a["Brennmoor Herald"].entry)[:2] == (None, "MED")
    assert d.roles == {"salt miner": "CVL", "salt miners": "CVL"}
    assert d.skipped_lines == 2
    assert any("line 3" in w and "XXX" in w for w in warned)
    assert any("line 4" in w and "column" in w for w in warned)


def test_a_missing_or_unreadable_file_is_a_clear_error(tmp_path):
    with pytest.raises(UsageError) as e:
        read_dictionary(tmp_path / "nope.actors")
    assert e.value.code == "E023" and "nope.actors" in e.value.message
    with pytest.raises(UsageError, match="E023"):
        read_dictionary(tmp_path)                                    # a folder
    binary = tmp_path / "x.actors"
    binary.write_bytes(b"\x00\x01\x02PK")
    with pytest.raises(UsageError, match="binary"):
        read_dictionary(binary)


def test_bracketed_acronym_and_many_bad_lines(tmp_path):
    p = tmp_path / "x.actors"
    p.write_text("ZELMARI_PEOPLES_ARMY_(ZPA)_ [TCDREB]\n" + "NO_CODE_HERE\n" * 14,
                 encoding="utf-8")
    d, warned = _read(p)
    (zpa,) = d.actors
    assert set(zpa.aliases) == {"Zelmari Peoples Army", "ZPA"}
    assert d.skipped_lines == 14
    assert sum("W021" in w for w in warned) == 10          # then one count for the rest
    assert any("W022" in w and "4 more" in w for w in warned)


# -- the layered knowledge base ------------------------------------------------------------------

def test_user_entries_win_where_they_say_something_else_and_builtin_stays_untouched():
    builtin = knowledge_base()
    before = builtin.lookup("Pentagon")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", EventwireWarning)
        kb = load_knowledge_base([ACTORS, AGENTS, TSV])
    assert isinstance(kb, LayeredKnowledgeBase)
    assert before.sector == "MIL"
    assert kb.lookup("Pentagon").sector == "GOV"                # the user's sector wins
    assert builtin.lookup("Pentagon") == before                 # the built-in KB is unchanged
    # "WHITE_HOUSE [USA]" only repeats part of the built-in entry (USA GOV): that one stays
    assert kb.lookup("White House") == builtin.lookup("White House")
    assert kb.lookup("Korvellan Front").country == "MLI"
    assert builtin.lookup("Korvellan Front") is None
    assert kb.lookup("KLF").country == "MLI" and kb.lookup("klf") is None   # acronym: caps
    assert kb.sector_for_role("ferrymen") == "BUS" and builtin.sector_for_role("ferrymen") is None
    assert kb.sector_for_role("salt miners") == "CVL"
    assert kb.role_max_words >= 2
    assert load_knowledge_base([ACTORS, AGENTS, TSV]) is kb     # built once per process


def test_later_files_win_over_earlier_ones(tmp_path):
    a = tmp_path / "a.actors"
    b = tmp_path / "b.actors"
    a.write_text("ZENTARO_MILLS_ [BRABUS]\n", encoding="utf-8")
    b.write_text("ZENTARO_MILLS_ [ARGBUS]\n", encoding="utf-8")
    assert load_knowledge_base([a, b]).lookup("Zentaro Mills").country == "ARG"
    assert load_knowledge_base([b, a]).lookup("Zentaro Mills").country == "BRA"


def test_city_synonyms_and_stray_words_of_a_country_are_left_out(tmp_path):
    p = tmp_path / "c.actors"
    p.write_text("SENEGAL_ [SEN]\n+DAKAR_\n+SENEGALL_\n+REPUBLIC_OF_SENEGAL_\n+SAHELIAN_\n",
                 encoding="utf-8")
    d = read_dictionary(p)
    (sen,) = d.actors
    assert sen.entry.name == "Senegal" and sen.entry.kind == "country"
    assert set(sen.aliases) == {"Senegal", "Senegall", "Republic of Senegal"}  # misspelling kept
    assert d.places == 1            # Dakar: a city of Senegal, left to the place resolver
    assert d.lone_words == 1        # one word that is no name of Senegal


# -- extraction -------------------------------------------------------------------------------

SENTENCE = "Fighters of the Korvellan Liberation Front attacked an army base on Monday."


def _source_of(events):
    hits = [e for e in events if e.type == "ASSAULT"]
    assert hits, events
    return hits[0].source


def test_a_name_unknown_to_the_builtin_kb_gets_its_country_only_with_the_dictionary(nlp):
    from eventwire.pipeline import Pipeline, extract_sentences

    day = "2021-03-01"
    plain = _source_of(extract_sentences([SENTENCE], published=day)[0])
    assert plain is None or plain.country is None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", EventwireWarning)
        pipe = Pipeline(actor_dictionaries=[ACTORS])
        via_api = extract_sentences([SENTENCE], published=day,
                                    actor_dictionaries=[str(ACTORS)])[0]
    src = _source_of(extract_sentences([SENTENCE], published=day, pipeline=pipe)[0])
    assert (src.country, src.sector) == ("MLI", "REB")
    assert _source_of(via_api).country == "MLI"


def test_pipeline_with_a_bad_dictionary_path_fails_before_loading_anything(tmp_path):
    from eventwire.pipeline import Pipeline

    with pytest.raises(UsageError, match="E023"):
        Pipeline(actor_dictionaries=[tmp_path / "missing.actors"])


# -- commands ---------------------------------------------------------------------------------

def test_cli_extract_with_actors_logs_stats_and_uses_the_dictionary(nlp, tmp_path):
    from eventwire.cli import main

    text = tmp_path / "story.txt"
    text.write_text(SENTENCE + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(text), "--published", "2021-03-01",
                                       "--actors", str(ACTORS), "--actors", str(AGENTS)])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assault = next(e for e in events if e["type"] == "ASSAULT")
    assert assault["source"]["country"] == "MLI"
    assert "fictional.actors (tabari): 8 actors" in result.stderr
    assert "3 malformed lines skipped" in result.stderr
    assert "fictional.agents.txt (agents)" in result.stderr


def test_cli_bad_actors_path_is_misuse_naming_the_path(tmp_path):
    from eventwire.cli import main

    text = tmp_path / "story.txt"
    text.write_text(SENTENCE, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(text), "--actors",
                                       str(tmp_path / "missing.actors")])
    assert result.exit_code == 2
    assert "E023" in result.stderr and "missing.actors" in result.stderr


def test_extract_with_two_jobs_passes_the_dictionaries_to_the_workers(nlp, tmp_path):
    from eventwire.runner import extract_events

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(2):
        (folder / f"s{i}.txt").write_text(SENTENCE, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", EventwireWarning)
        events = [e for e in extract_events([str(folder)], published="2021-03-01", jobs=2,
                                            batch_size=1, actor_dictionaries=[str(ACTORS)])
                  if getattr(e, "type", None) == "ASSAULT"]
    assert len(events) == 2 and all(e.source.country == "MLI" for e in events)


def test_eval_with_actors_says_so_in_the_tables_and_the_markdown(nlp, tmp_path):
    from eventwire import evaluate as ev

    gold = tmp_path / "PLOVER_GSR_CAMEO.txt"
    gold.write_text(json.dumps([
        {"id": "K1", "event": "FIGHT", "text": SENTENCE,
         "source": [{"actorText": "Korvellan Liberation Front", "code": "MLI",
                     "sector": "REB"}], "target": ""}]), encoding="utf-8")
    out = tmp_path / "acc.md"
    result = CliRunner().invoke(ev.eval_command, ["--plover", str(gold), "--split", "dev",
                                                  "--actors", str(ACTORS), "--write", str(out)])
    assert result.exit_code == 0, result.output
    printed = " ".join(result.stdout.split())
    assert "these figures are NOT the built-in knowledge base's" in printed
    assert "with user actor dictionaries: fictional.actors" in printed
    md = out.read_text(encoding="utf-8")
    assert md.startswith("# eventwire accuracy with user actor dictionaries")
    assert "--actors " + str(ACTORS) in md and "fictional.actors (tabari" in md
    assert "| source country | dev | 100.0 | 1 |" in md


def test_cli_ingest_and_actors_as_of(nlp, tmp_path):
    from eventwire.cli import main

    text = tmp_path / "story.txt"
    text.write_text("Marta Vellorino rejected the proposal on Tuesday.\n", encoding="utf-8")
    db = tmp_path / "e.duckdb"
    runner = CliRunner()
    done = runner.invoke(main, ["ingest", str(text), "--db", str(db), "--quiet",
                                "--published", "2007-03-06", "--actors", str(ACTORS),
                                "--actors-as-of", "2007-03-06"])
    assert done.exit_code == 0, done.output
    assert "codes as of 2007-03-06" in done.stderr
    rows = runner.invoke(main, ["events", "--db", str(db), "--format", "jsonl"])
    rejected = [json.loads(line) for line in rows.stdout.splitlines()]
    assert rejected and rejected[0]["source"]["country"] == "PER"
    assert rejected[0]["source"]["sector"] == "GOV"          # the code in force that day
    out = runner.invoke(main, ["extract", str(text), "--published", "2007-03-06",
                               "--actors", str(ACTORS)])
    plain = [json.loads(line) for line in out.stdout.splitlines()]
    assert plain[0]["source"]["country"] == "PER" and plain[0]["source"]["sector"] is None
