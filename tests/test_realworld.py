"""Full-article checks of the extractor ("realworld tests", in the manner of trafilatura's).

Why: sentence-level unit tests can pass while whole articles go wrong — background
paragraphs yield spurious events, dates drift when anchored on the wrong sentence, sources
get lost in reported speech. The gold set that judges eventwire is made of full articles,
so these checks run the real pipeline on project-written articles
(``tests/fixtures/articles/*.txt``) and compare with hand-coded expectations
(``expected.json``): what a careful human coder is sure of, never bent to the output.

Each ``must`` expectation carries a ``status`` recorded from a run: ``pass`` ones must keep
passing in full (a regression fails the test); ``known-miss`` ones list their missing fields in
``misses`` and every *other* field must still hold, so partial credit cannot silently erode.
``must_not`` entries (sentences that must give no event, or no event of some types) carry the
same ``status``. Run as a script for the report (recall per field, violations, failures)::

    .venv/bin/python tests/test_realworld.py            # report
    .venv/bin/python tests/test_realworld.py --update-status   # re-record statuses
    .venv/bin/python tests/test_realworld.py --failures        # report + every failing field
    .venv/bin/python tests/test_realworld.py --markdown        # report + the table for the docs
    .venv/bin/python tests/test_realworld.py --dump            # report + every extracted event
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

ARTICLES = Path(__file__).resolve().parent / "fixtures" / "articles"
EXPECTED = ARTICLES / "expected.json"

#: Fields a ``must`` entry may check, in report order ("type" = an event of that type exists).
FIELDS: tuple[str, ...] = ("type", "mode", "source", "source_country", "target", "target_country",
                           "date", "location_country", "quantity", "attribution", "modality",
                           "negated")


def load_expected() -> dict[str, Any]:
    return json.loads(EXPECTED.read_text(encoding="utf-8"))


def article_text(name: str) -> str:
    return (ARTICLES / name).read_text(encoding="utf-8")


# -- matching ----------------------------------------------------------------------------

def _alternatives(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else [value]


def _actor_has(actor: dict | None, wanted: Any) -> bool:
    """A source/target/attribution matches when any wanted substring is in its name or text
    (case-insensitive): coders write "police", the system may say "Nigerian police"."""
    if not actor:
        return False
    hay = f"{actor.get('name') or ''} | {actor.get('text') or ''}".lower()
    return any(str(w).lower() in hay for w in _alternatives(wanted))


def field_ok(record: dict[str, Any], key: str, wanted: Any) -> bool:
    """Whether one exported event record satisfies one expected field."""
    if key == "type":
        return record["type"] == wanted
    if key in ("source", "target", "attribution"):
        return _actor_has(record.get(key), wanted)
    if key in ("source_country", "target_country"):
        actor = record.get(key.split("_")[0])
        return bool(actor) and actor.get("country") in _alternatives(wanted)
    if key == "location_country":
        loc = record.get("location")
        return bool(loc) and loc.get("country") in _alternatives(wanted)
    if key == "quantity":
        return any(abs(float(q["value"]) - float(wanted)) < 1e-6 for q in record.get("quantities") or [])
    if key in ("mode", "modality", "date"):
        return record.get(key) in _alternatives(wanted)
    if key == "negated":
        return bool(record.get("negated")) == bool(wanted)
    raise KeyError(f"unknown expectation field {key!r}")


def checked_fields(exp: dict[str, Any]) -> list[str]:
    return [f for f in FIELDS if f in exp]


@dataclass
class MustResult:
    """How one ``must`` expectation fared: the fields that held on the best-matching event
    (the one of the expected type, in the expected sentence, that satisfies most fields)."""

    article: str
    exp: dict[str, Any]
    ok: dict[str, bool]
    best: dict[str, Any] | None
    candidates: list[dict[str, Any]] = field(default_factory=list)

    @property
    def misses(self) -> list[str]:
        return [f for f, good in self.ok.items() if not good]


def check_must(article: str, exp: dict[str, Any], records: list[dict[str, Any]]) -> MustResult:
    """The best candidate is the one that keeps every field recorded as passing, then the one
    with most fields right: a new extra event in the sentence must not mask an old one."""
    in_sentence = [r for r in records if exp["sentence"] in r["sentence"]]
    candidates = [r for r in in_sentence if r["type"] == exp["type"]]
    keys = checked_fields(exp)
    required = [k for k in keys if k not in exp.get("misses", [])]
    best, best_ok, best_key = None, {k: False for k in keys}, (False, -1)
    for r in candidates:
        ok = {k: field_ok(r, k, exp[k]) for k in keys}
        key = (all(ok[k] for k in required), sum(ok.values()))
        if key > best_key:
            best, best_ok, best_key = r, ok, key
    return MustResult(article, exp, best_ok, best, in_sentence)


def must_not_violations(exp: dict[str, Any], records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events that a ``must_not`` entry forbids: any event in the sentence (or of the listed
    types), except negated ones where ``allow_negated`` and the listed ``allow_modality``;
    with ``max``, only the events beyond that many (one clause reported twice)."""
    bad = []
    for r in records:
        if exp["sentence"] not in r["sentence"]:
            continue
        if "types" in exp and r["type"] not in exp["types"]:
            continue
        if exp.get("allow_negated") and r.get("negated"):
            continue
        if r.get("modality") in exp.get("allow_modality", []):
            continue
        bad.append(r)
    return bad[exp["max"]:] if "max" in exp else bad


# -- running -----------------------------------------------------------------------------

def run_article(name: str, published: str) -> list[dict[str, Any]]:
    from eventwire.pipeline import extract

    return [e.to_record() for e in extract(article_text(name), published=published, doc_ref=name)]


def run_all(expected: dict[str, Any]) -> dict[str, list[dict[str, Any]] | Exception]:
    """Records per article; an article whose extraction raises keeps its exception, so that
    one crash fails that article's test (and shows in the report) without hiding the others."""
    out: dict[str, list[dict[str, Any]] | Exception] = {}
    for name, spec in expected["articles"].items():
        try:
            out[name] = run_article(name, spec["published"])
        except Exception as exc:  # noqa: BLE001 - reported per article
            out[name] = exc
    return out


def _records(extracted: dict[str, Any], name: str) -> list[dict[str, Any]]:
    value = extracted[name]
    return [] if isinstance(value, Exception) else value


_EXPECTED = load_expected()
_NAMES = sorted(_EXPECTED["articles"])


@pytest.fixture(scope="module")
def extracted() -> dict[str, list[dict[str, Any]]]:
    """Every article extracted once for the whole module (the model loads once)."""
    return run_all(_EXPECTED)


# -- the fixtures themselves -------------------------------------------------------------

def test_fixtures_are_consistent() -> None:
    """Every expectation points at exactly one place in its article, uses the contract's
    vocabulary, and the set covers all 16 PLOVER types (otherwise a check could pass vacuously)."""
    from eventwire.model import MODALITIES, PLOVER_MODES, PLOVER_TYPES

    files = sorted(p.name for p in ARTICLES.glob("*.txt"))
    assert files == _NAMES
    types = set()
    for name, spec in _EXPECTED["articles"].items():
        text = article_text(name)
        title, blank, *_ = text.split("\n")
        assert title.strip() and not blank.strip(), f"{name}: a title line, then a blank line"
        assert 150 <= len(text.split()) <= 500, name
        for exp in spec["must"] + spec["must_not"]:
            assert text.count(exp["sentence"]) == 1, f"{name}: {exp['sentence']!r} must occur once"
            assert exp.get("status") in ("pass", "known-miss"), exp
        for exp in spec["must"]:
            assert exp["type"] in PLOVER_TYPES
            types.add(exp["type"])
            for mode in _alternatives(exp.get("mode", [])):
                assert mode in PLOVER_MODES.get(exp["type"], ()), (exp["type"], mode)
            for mod in _alternatives(exp.get("modality", [])):
                assert mod in MODALITIES
            assert set(exp.get("misses", [])) <= set(checked_fields(exp))
            assert (exp["status"] == "pass") == (not exp.get("misses")), exp
        for exp in spec["must_not"]:
            assert set(exp.get("types", [])) <= set(PLOVER_TYPES)
    assert types == set(PLOVER_TYPES)


def _record(**kw: Any) -> dict[str, Any]:
    base = {"type": "ASSAULT", "mode": None, "source": None, "target": None, "date": None,
            "location": None, "quantities": [], "attribution": None, "modality": "asserted",
            "negated": False, "sentence": "Troops shelled the town on Monday."}
    base.update(kw)
    return base


def test_matching_rules_on_hand_built_records() -> None:
    """The checker itself: substring actors, country lists, the best candidate, must-not
    allowances and duplicates (no model needed)."""
    exp = {"sentence": "shelled the town", "type": "ASSAULT", "mode": "heavy-weapons",
           "source": ["army", "troops"], "source_country": "SYR", "date": "2021-03-01",
           "quantity": 3}
    good = _record(mode="heavy-weapons", date="2021-03-01",
                   source={"text": "Troops", "name": "Syrian troops", "country": "SYR"},
                   quantities=[{"value": 3, "unit": "x", "text": "three"}])
    weak = _record(date="2021-03-01")
    res = check_must("a", exp, [weak, good, _record(type="PROTEST")])
    assert res.best is good and res.misses == []
    res = check_must("a", exp, [weak])
    assert res.misses == ["mode", "source", "source_country", "quantity"]
    assert check_must("a", exp, [_record(type="COERCE")]).misses[0] == "type"
    # a known miss keeps the candidate that holds the fields recorded as passing
    exp_known = dict(exp, misses=["mode", "quantity"])
    other = _record(mode="heavy-weapons", quantities=[{"value": 3, "unit": "x", "text": "3"}])
    res = check_must("a", exp_known, [other, _record(date="2021-03-01", source=good["source"])])
    assert res.ok["source"] and res.ok["date"]
    neg = _record(negated=True)
    assert must_not_violations({"sentence": "shelled"}, [neg]) == [neg]
    assert must_not_violations({"sentence": "shelled", "allow_negated": True}, [neg]) == []
    assert must_not_violations({"sentence": "shelled", "types": ["PROTEST"]}, [neg]) == []
    assert len(must_not_violations({"sentence": "shelled", "max": 1}, [weak, good])) == 1


@pytest.mark.parametrize("name", _NAMES)
def test_article(name: str, extracted: dict[str, list[dict[str, Any]]]) -> None:
    """Recorded passes stay passes; known misses keep every field that did hold."""
    spec = _EXPECTED["articles"][name]
    if isinstance(extracted[name], Exception):
        raise AssertionError(f"extraction of {name} failed") from extracted[name]
    records = extracted[name]
    regressions = []
    known = 0
    for exp in spec["must"]:
        res = check_must(name, exp, records)
        allowed = set(exp.get("misses", []))
        known += bool(allowed)
        lost = [f for f in res.misses if f not in allowed]
        if lost:
            regressions.append(f"{exp['type']} in {exp['sentence']!r}: lost {lost} (best event: "
                               f"{_brief(res.best)})")
    for exp in spec["must_not"]:
        bad = must_not_violations(exp, records)
        if exp["status"] == "known-miss":
            known += 1
        elif bad:
            regressions.append(f"must_not {exp['sentence']!r}: got {[_brief(b) for b in bad]}")
    print(f"{name}: {known} known misses (see `python tests/test_realworld.py --failures`)")
    assert not regressions, "\n".join(regressions)


def _brief(r: dict[str, Any] | None) -> str:
    if r is None:
        return "none"
    who = lambda a: None if not a else f"{a['name']}/{a['country']}"  # noqa: E731
    loc = r["location"]["country"] if r.get("location") else None
    return (f"{r['type']}/{r['mode']} src={who(r['source'])} tgt={who(r['target'])} date={r['date']} "
            f"loc={loc} qty={[q['value'] for q in r['quantities']]} "
            f"attr={(r['attribution'] or {}).get('name')} modality={r['modality']} neg={r['negated']}")


# -- the report --------------------------------------------------------------------------

def evaluate(expected: dict[str, Any], extracted: dict[str, list[dict[str, Any]]]
             ) -> tuple[list[MustResult], list[tuple[str, dict[str, Any], list[dict[str, Any]]]]]:
    musts = [check_must(name, exp, _records(extracted, name))
             for name, spec in expected["articles"].items() for exp in spec["must"]]
    nots = [(name, exp, must_not_violations(exp, _records(extracted, name)))
            for name, spec in expected["articles"].items() for exp in spec["must_not"]]
    return musts, nots


def _field_value(record: dict[str, Any] | None, key: str) -> Any:
    """What the event said for a field (None = left unknown), to tell a gap from an error."""
    if record is None:
        return None
    if key in ("source", "target", "attribution"):
        return record.get(key)
    if key in ("source_country", "target_country"):
        actor = record.get(key.split("_")[0])
        return actor.get("country") if actor else None
    if key == "location_country":
        return (record.get("location") or {}).get("country")
    if key == "quantity":
        return record.get("quantities") or None
    if key == "negated":
        return record.get("negated")
    return record.get(key)


def status_summary(musts: list[MustResult], nots: list) -> dict[str, int]:
    """Recorded known misses against this run: what is fixed (promote with --update-status)
    and what regressed (the test fails on those)."""
    out = Counter()
    for r in musts:
        allowed = set(r.exp.get("misses", []))
        out["known-miss recorded"] += bool(allowed)
        out["known-miss now passing"] += bool(allowed) and not r.misses
        out["fields fixed since recorded"] += len(allowed - set(r.misses))
        out["regressions"] += bool(set(r.misses) - allowed)
    for _, exp, bad in nots:
        out["known-miss recorded"] += exp.get("status") == "known-miss"
        out["known-miss now passing"] += exp.get("status") == "known-miss" and not bad
        out["regressions"] += exp.get("status") == "pass" and bool(bad)
    return dict(out)


def report(musts: list[MustResult], nots: list, show_failures: bool = False) -> str:
    lines = []
    full = sum(not r.misses for r in musts)
    typed = sum(r.ok["type"] for r in musts)
    lines.append(f"must-events: {len(musts)}; found with the right type: {typed} "
                 f"({_pct(typed, len(musts))}); fully right (every listed field): {full} "
                 f"({_pct(full, len(musts))})")
    lines.append("")
    lines.append(f"{'field':<18}{'expected':>9}{'right':>7}{'recall':>8}{'  given type found':>20}"
                 f"{'null':>6}{'wrong':>7}")
    for f in FIELDS:
        rows = [r for r in musts if f in r.ok]
        if not rows:
            continue
        good = sum(r.ok[f] for r in rows)
        found = [r for r in rows if r.ok["type"]]
        cond = sum(r.ok[f] for r in found)
        null = sum(1 for r in found if not r.ok[f] and _field_value(r.best, f) in (None, []))
        wrong = sum(1 for r in found if not r.ok[f]) - null
        lines.append(f"{f:<18}{len(rows):>9}{good:>7}{_pct(good, len(rows)):>8}"
                     f"{(_pct(cond, len(found)) + f' of {len(found)}'):>20}"
                     f"{(null if f != 'type' else ''):>6}{(wrong if f != 'type' else ''):>7}")
    fields_total = sum(len(r.ok) for r in musts)
    fields_good = sum(sum(r.ok.values()) for r in musts)
    lines.append(f"{'all fields':<18}{fields_total:>9}{fields_good:>7}{_pct(fields_good, fields_total):>8}")
    lines.append("")
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in musts:
        by_type[r.exp["type"]][0] += r.ok["type"]
        by_type[r.exp["type"]][1] += 1
    lines.append("type found, per type: "
                 + ", ".join(f"{t} {g}/{n}" for t, (g, n) in sorted(by_type.items())))
    violated = [(a, e, bad) for a, e, bad in nots if bad]
    lines.append(f"must-not entries: {len(nots)}; violated: {len(violated)}")
    for a, e, bad in violated:
        lines.append(f"  {a}: {e['sentence']!r} -> " + "; ".join(_brief(b) for b in bad))
    for r in musts:
        lost = set(r.misses) - set(r.exp.get("misses", []))
        if lost:
            lines.append(f"  REGRESSION {r.article} {r.exp['type']} {r.exp['sentence']!r}: lost "
                         f"{sorted(lost)}; best: {_brief(r.best)}")
    for a, e, bad in nots:
        if e.get("status") == "pass" and bad:
            lines.append(f"  REGRESSION {a} must_not {e['sentence']!r}: "
                         + "; ".join(_brief(b) for b in bad))
    lines.append("")
    lines.append("against recorded statuses: " + ", ".join(f"{k}: {v}" for k, v in
                                                        status_summary(musts, nots).items()))
    if show_failures:
        lines.append("")
        lines.append("failing must fields:")
        for r in musts:
            if r.misses:
                want = {f: r.exp[f] for f in r.misses}
                lines.append(f"  {r.article} {r.exp['type']} {r.exp['sentence']!r}: missing {want}")
                lines.append(f"      best: {_brief(r.best)}")
                if not r.ok["type"]:
                    lines.append(f"      in sentence: {[_brief(c) for c in r.candidates] or 'no event'}")
    return "\n".join(lines)


def unexpected_events(expected: dict[str, Any], extracted: dict[str, Any]) -> list[tuple[str, dict]]:
    """Events in sentences that no expectation mentions: not scored (a coder may or may not
    code them), but listed so that spurious events in unscored background get looked at."""
    out = []
    for name, spec in expected["articles"].items():
        subs = [e["sentence"] for e in spec["must"] + spec["must_not"]]
        for r in _records(extracted, name):
            if not any(s in r["sentence"] for s in subs):
                out.append((name, r))
    return out


def markdown(musts: list[MustResult], nots: list) -> str:
    """The figures as a Markdown table, for docs/realworld.md."""
    rows = ["| field | expected | right | recall | right when the type was found | null | wrong |",
            "|---|---:|---:|---:|---:|---:|---:|"]
    for f in FIELDS:
        sel = [r for r in musts if f in r.ok]
        if not sel:
            continue
        found = [r for r in sel if r.ok["type"]]
        good = sum(r.ok[f] for r in sel)
        cond = sum(r.ok[f] for r in found)
        null = sum(1 for r in found if not r.ok[f] and _field_value(r.best, f) in (None, []))
        wrong = sum(1 for r in found if not r.ok[f]) - null
        nw = ("", "") if f == "type" else (null, wrong)
        rows.append(f"| {f} | {len(sel)} | {good} | {_pct(good, len(sel))} | "
                    f"{_pct(cond, len(found))} of {len(found)} | {nw[0]} | {nw[1]} |")
    total = sum(len(r.ok) for r in musts)
    good = sum(sum(r.ok.values()) for r in musts)
    rows.append(f"| all fields | {total} | {good} | {_pct(good, total)} | | | |")
    full = sum(not r.misses for r in musts)
    violated = sum(1 for _, _, bad in nots if bad)
    rows.append("")
    rows.append(f"Must-events fully right (every listed field): {full} of {len(musts)} "
                f"({_pct(full, len(musts))}). Must-not entries violated: {violated} of {len(nots)}.")
    return "\n".join(rows)


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.0f}%" if b else "-"


def update_status(expected: dict[str, Any], musts: list[MustResult], nots: list) -> dict[str, int]:
    """Record each expectation's status from this run (the expectations stay as written)."""
    it = iter(musts)
    changes: Counter[str] = Counter()
    for name, spec in expected["articles"].items():
        for exp in spec["must"]:
            res = next(it)
            old = exp.get("status")
            exp["status"] = "known-miss" if res.misses else "pass"
            if res.misses:
                exp["misses"] = res.misses
            else:
                exp.pop("misses", None)
            changes[f"{old}->{exp['status']}"] += 1
    nit = iter(nots)
    for name, spec in expected["articles"].items():
        for exp in spec["must_not"]:
            _, _, bad = next(nit)
            old = exp.get("status")
            exp["status"] = "known-miss" if bad else "pass"
            changes[f"must_not {old}->{exp['status']}"] += 1
    EXPECTED.write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return dict(changes)


def main(argv: list[str]) -> int:
    expected = load_expected()
    extracted = run_all(expected)
    musts, nots = evaluate(expected, extracted)
    for name, value in extracted.items():
        if isinstance(value, Exception):
            print(f"EXTRACTION FAILED {name}: {type(value).__name__}: {value}")
    if "--update-status" in argv and any(isinstance(v, Exception) for v in extracted.values()):
        print("not updating statuses: some articles failed to extract")
        argv = [a for a in argv if a != "--update-status"]
    print(report(musts, nots, show_failures="--failures" in argv))
    if "--update-status" in argv:
        print("\nstatus changes:", update_status(expected, musts, nots))
    if "--markdown" in argv:
        print("\n" + markdown(musts, nots))
    extra = unexpected_events(expected, extracted)
    print(f"\nevents in sentences no expectation mentions (unscored): {len(extra)}")
    if "--failures" in argv:
        for name, r in extra:
            print(f"  {name}: {_brief(r)} | {r['sentence'][:60]}")
    if "--dump" in argv:
        for name, recs in extracted.items():
            recs = _records(extracted, name)
            print(f"\n== {name}")
            for r in recs:
                print("  ", _brief(r), "|", r["sentence"][:70])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
