"""The CAMEO <-> PLOVER tables: what a GDELT user and the CAMEO-coded gold rely on."""

from __future__ import annotations

import itertools

import pytest

from eventwire.events.cameo import (cameo_root, penta_class, plover_from_cameo, quad_class,
                                    valid_mode)
from eventwire.model import PLOVER_MODES, PLOVER_TYPES


def all_codes():
    """Every 2-4 digit code under the 20 roots (most are not CAMEO; they must still map
    cleanly through their parent)."""
    for root in range(1, 21):
        r = f"{root:02d}"
        yield r
        for a in "0123456789":
            yield r + a
            for b in "0123456789":
                yield r + a + b


def test_every_code_maps_to_a_type_and_mode_eventwire_emits():
    for code in all_codes():
        got = plover_from_cameo(code)
        if got is None:
            assert code.startswith("01"), code  # only public statements have no PLOVER type
            continue
        typ, mode = got
        assert typ in PLOVER_TYPES, code
        assert valid_mode(typ, mode), (code, mode)


@pytest.mark.parametrize("code, expected", [
    ("0841", ("RETREAT", "release")),        # release persons
    ("0871", ("RETREAT", "ceasefire")),
    ("080", ("CONCEDE", None)),
    ("042", ("CONSULT", "visit")),
    ("1124", ("ACCUSE", "allege")),           # accuse of war crimes
    ("111", ("ACCUSE", "disapprove")),        # criticize
    ("091", ("ACCUSE", "investigate")),
    ("116", ("SANCTION", "convict")),         # found guilty
    ("1053", ("REQUEST", "yield")),           # demand release of persons
    ("0214", ("REQUEST", "assist")),          # an appeal, by the demand layout
    ("125", ("REJECT", "meet")),
    ("1382", ("THREATEN", "territory")),
    ("1423", ("PROTEST", "hunger")),
    ("173", ("COERCE", "arrest")),
    ("1712", ("ASSAULT", "destroy")),
    ("1831", ("ASSAULT", "suicide-attack")),
    ("186", ("ASSAULT", "targeted")),
    ("195", ("ASSAULT", "aerial")),
    ("190", ("ASSAULT", None)),
    ("2041", ("ASSAULT", "unconventional")),
    ("19", ("ASSAULT", None)),
    ("2", ("REQUEST", None)),                 # a root written without its leading zero
])
def test_known_codes(code, expected):
    assert plover_from_cameo(code) == expected


@pytest.mark.parametrize("code", ["010", "015", "0", "21", "99", "abc", "", "USA"])
def test_statements_and_non_codes_map_to_nothing(code):
    assert plover_from_cameo(code) is None


def test_unknown_leaf_falls_back_to_its_parent():
    assert plover_from_cameo("1959") == plover_from_cameo("195")
    assert plover_from_cameo("0499") == ("CONSULT", None)


# Types whose CAMEO root is shared with, or belongs to, another PLOVER type.
ROUND_TRIP_EXCEPTIONS = {("RETREAT", "08"): "CONCEDE", ("SANCTION", "11"): "ACCUSE",
                         ("ASSAULT", "17"): "COERCE"}


def test_cameo_root_round_trips_for_every_type_and_mode():
    for typ in PLOVER_TYPES:
        for mode in (None, *PLOVER_MODES.get(typ, ())):
            root = cameo_root(typ, mode)
            assert root is not None and len(root) == 2 and 1 <= int(root) <= 20
            back = plover_from_cameo(root)
            assert back is not None
            assert back[0] == ROUND_TRIP_EXCEPTIONS.get((typ, root), typ), (typ, mode, root)


@pytest.mark.parametrize("typ, mode, root", [
    ("ASSAULT", "aerial", "19"), ("ASSAULT", "explosives", "18"), ("ASSAULT", None, "19"),
    ("ASSAULT", "unconventional", "20"), ("ACCUSE", "investigate", "09"),
    ("ACCUSE", "allege", "11"), ("REQUEST", "meet", "10"), ("PROTEST", "riot", "14"),
    ("SANCTION", "convict", "11"), ("COERCE", "arrest", "17"), ("agree", None, "03"),
])
def test_cameo_root(typ, mode, root):
    assert cameo_root(typ, mode) == root


def test_unknown_type_has_no_root_or_class():
    assert cameo_root("CRIME") is None
    assert quad_class("CRIME") is None
    assert penta_class("") is None


def test_quad_and_penta_classes():
    assert [quad_class(t) for t in ("AGREE", "CONSULT", "SUPPORT")] == [1, 1, 1]
    assert [quad_class(t) for t in ("COOPERATE", "AID", "CONCEDE", "RETREAT")] == [2] * 4
    assert [quad_class(t) for t in ("ACCUSE", "REQUEST", "REJECT", "THREATEN")] == [3] * 4
    assert {quad_class(t) for t in ("PROTEST", "MOBILIZE", "SANCTION", "COERCE",
                                    "ASSAULT")} == {4}
    assert quad_class("SANCTION", "convict") == 3      # a verdict is CAMEO 116
    # penta-class: like quad, except that requests are appeals (class 0) and reducing
    # relations (sanctions) is labelled verbal conflict in ConfliBERT's data
    for typ, mode in itertools.product(PLOVER_TYPES, (None,)):
        expected = {"REQUEST": 0, "SANCTION": 3}.get(typ, quad_class(typ, mode))
        assert penta_class(typ, mode) == expected
