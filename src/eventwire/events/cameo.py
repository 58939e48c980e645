"""CAMEO <-> PLOVER: event codes for GDELT users and for scoring against CAMEO-coded gold.

Why a table of our own: eventwire speaks PLOVER (16 types, a few modes each) but most event
data and most gold standards speak CAMEO (20 root codes, ~300 leaf codes). The published
CAMEO-to-PLOVER draft (PLOVER manual 0.8, 2021) uses mode names that later PLOVER dropped
("ease", "return", "ban", "assassinate"...), so this table maps each CAMEO code onto the
modes eventwire emits (``eventwire.model.PLOVER_MODES``) and leaves the mode null where
none of them fits. CAMEO 01 (public statements) has no PLOVER counterpart: it maps to None.

Lookups take the longest known prefix, so a leaf code we do not list (e.g. "0214") falls
back to its parent ("021") and then to its root ("02").
"""

from __future__ import annotations

from eventwire.events.lexicon import request_force
from eventwire.model import PLOVER_MODES

TypeMode = tuple[str, str | None]

#: Root code -> PLOVER type (and mode) when nothing more specific is known.
_ROOTS: dict[str, TypeMode | None] = {
    "01": None,                      # make public statement: PLOVER does not code statements
    "02": ("REQUEST", None),         # appeal: PLOVER REQUEST merges CAMEO appeal and demand
    "03": ("AGREE", None),
    "04": ("CONSULT", None),
    "05": ("SUPPORT", None),
    "06": ("COOPERATE", None),
    "07": ("AID", None),
    "08": ("CONCEDE", None),
    "09": ("ACCUSE", "investigate"),
    "10": ("REQUEST", None),
    "11": ("ACCUSE", "disapprove"),
    "12": ("REJECT", None),
    "13": ("THREATEN", None),
    "14": ("PROTEST", None),
    "15": ("MOBILIZE", None),
    "16": ("SANCTION", None),
    "17": ("COERCE", None),
    "18": ("ASSAULT", None),
    "19": ("ASSAULT", None),
    "20": ("ASSAULT", None),
}


def _request_like(root: str, typ: str) -> dict[str, TypeMode]:
    """02 (appeal) and 10 (demand) share one sub-code layout: x1-x3 material help,
    x4 political change, x5 yielding, x6-x8 meeting / settling / mediation."""
    digit_mode = {"1": "assist", "2": "assist", "3": "assist", "4": "change", "5": "yield",
                  "6": "meet", "7": "meet", "8": "meet"}
    out: dict[str, TypeMode] = {}
    for digit, mode in digit_mode.items():
        out[root + digit] = (typ, mode)
        for leaf in "123456":
            out[root + digit + leaf] = (typ, mode)
    return out


_CODES: dict[str, TypeMode | None] = {
    **_request_like("02", "REQUEST"),
    **_request_like("10", "REQUEST"),
    # 12 reject: its own layout (121-122 help, 123 reform, 124 yielding, 125-127 meeting,
    # 128-129 defying norms and vetoes, which are refusals to give way)
    **{f"12{d}{leaf}": ("REJECT", m) for d, m in
       (("1", "assist"), ("2", "assist"), ("3", "change"), ("4", "yield"), ("5", "meet"),
        ("6", "meet"), ("7", "meet"), ("8", "yield"), ("9", "yield"))
       for leaf in ("", "1", "2", "3", "4", "5", "6")},
    # 04 consult
    "041": ("CONSULT", "phone"), "042": ("CONSULT", "visit"), "043": ("CONSULT", "visit"),
    "044": ("CONSULT", "third-party"),
    # 08 splits: yielding politically is CONCEDE, giving back or standing down is RETREAT
    "0813": ("RETREAT", None), "0814": ("RETREAT", None),
    "084": ("RETREAT", None), "0841": ("RETREAT", "release"), "0842": ("RETREAT", "release"),
    "085": ("RETREAT", None),
    "086": ("RETREAT", "access"), "0861": ("RETREAT", "access"), "0862": ("RETREAT", "access"),
    "0863": ("RETREAT", "access"),
    "087": ("RETREAT", None), "0871": ("RETREAT", "ceasefire"), "0872": ("RETREAT", "withdraw"),
    "0873": ("RETREAT", "disarm"), "0874": ("RETREAT", "withdraw"),
    # 11 disapprove: accusations of specific wrongs are allegations; verdicts are sanctions
    "1121": ("ACCUSE", "allege"), "1122": ("ACCUSE", "allege"), "1123": ("ACCUSE", "allege"),
    "1124": ("ACCUSE", "allege"), "1125": ("ACCUSE", "allege"),
    "114": ("ACCUSE", "allege"), "115": ("ACCUSE", "allege"),
    "116": ("SANCTION", "convict"),
    # 13 threaten
    "1311": ("THREATEN", "relations"), "1312": ("THREATEN", "restrict"),
    "1313": ("THREATEN", "relations"), "132": ("THREATEN", "restrict"),
    "1321": ("THREATEN", "restrict"), "1322": ("THREATEN", "restrict"),
    "1323": ("THREATEN", "restrict"), "1324": ("THREATEN", "restrict"),
    "133": ("THREATEN", "relations"), "134": ("THREATEN", "relations"),
    "135": ("THREATEN", "relations"), "136": ("THREATEN", "expel"),
    "137": ("THREATEN", "violence"), "138": ("THREATEN", "violence"),
    "1381": ("THREATEN", "restrict"), "1382": ("THREATEN", "territory"),
    "1383": ("THREATEN", "violence"), "1384": ("THREATEN", "violence"),
    "1385": ("THREATEN", "violence"), "139": ("THREATEN", "relations"),
    # 14 protest (sub-codes 14x1-14x4 only say what the protest is for)
    **{f"14{d}{leaf}": ("PROTEST", m) for d, m in
       (("1", "demo"), ("2", "hunger"), ("3", "strike"), ("4", "obstruct"), ("5", "riot"))
       for leaf in ("", "1", "2", "3", "4")},
    # 15 mobilize
    "151": ("MOBILIZE", "police"), "152": ("MOBILIZE", "troops"),
    "153": ("MOBILIZE", "police"), "154": ("MOBILIZE", "troops"),
    # 16 reduce relations; embargoes and sanctions restrict, they do not cut ties
    "161": ("SANCTION", "withdraw"), "162": ("SANCTION", "discontinue"),
    "1621": ("SANCTION", "discontinue"), "1622": ("SANCTION", "discontinue"),
    "1623": ("SANCTION", "discontinue"), "163": ("COERCE", "restrict"),
    "164": ("SANCTION", "withdraw"), "165": ("SANCTION", "withdraw"),
    "166": ("SANCTION", "expel"), "1661": ("SANCTION", "expel"),
    "1662": ("SANCTION", "expel"), "1663": ("SANCTION", "expel"),
    # 17 coerce; destroying property and violent repression are assaults in PLOVER
    "171": ("COERCE", "seize"), "1711": ("COERCE", "seize"), "1712": ("ASSAULT", "destroy"),
    "172": ("COERCE", "restrict"), "1721": ("COERCE", "censor"), "1722": ("COERCE", "restrict"),
    "1723": ("COERCE", "curfew"), "1724": ("COERCE", "martial-law"),
    "173": ("COERCE", "arrest"), "174": ("COERCE", "deport"),
    "175": ("ASSAULT", "crowd-control"),
    # 18 unconventional violence
    "181": ("ASSAULT", "abduct"), "182": ("ASSAULT", "beat"), "1821": ("ASSAULT", "sexual"),
    "1822": ("ASSAULT", "torture"), "1823": ("ASSAULT", "beat"),
    "183": ("ASSAULT", "explosives"), "1831": ("ASSAULT", "suicide-attack"),
    "1832": ("ASSAULT", "explosives"), "1833": ("ASSAULT", "explosives"),
    "184": ("ASSAULT", "abduct"), "185": ("ASSAULT", "targeted"), "186": ("ASSAULT", "targeted"),
    # 19 conventional force; blockades and occupation coerce rather than assault
    "191": ("COERCE", "restrict"), "192": ("COERCE", "seize"),
    "193": ("ASSAULT", "firearms"), "194": ("ASSAULT", "heavy-weapons"),
    "195": ("ASSAULT", "aerial"),
    # 20 mass violence
    "204": ("ASSAULT", "unconventional"), "2041": ("ASSAULT", "unconventional"),
    "2042": ("ASSAULT", "unconventional"),
}


def _normalise(code: str) -> str:
    code = str(code).strip()
    if code.isdigit() and len(code) == 1:  # "2" written for "02"
        code = "0" + code
    return code


def plover_from_cameo(code: str) -> TypeMode | None:
    """The PLOVER (type, mode) of a CAMEO event code, or None when PLOVER does not code it
    (public statements, CAMEO 01) or the code is not CAMEO at all."""
    code = _normalise(code)
    if not code.isdigit() or len(code) < 2 or code[:2] not in _ROOTS:
        return None
    for n in range(len(code), 2, -1):
        if code[:n] in _CODES:
            return _CODES[code[:n]]
    return _ROOTS[code[:2]]


#: PLOVER type -> CAMEO root when the mode does not decide it.
_TYPE_ROOT: dict[str, str] = {
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07",
    "CONCEDE": "08", "RETREAT": "08", "ACCUSE": "11", "REQUEST": "10", "REJECT": "12",
    "THREATEN": "13", "PROTEST": "14", "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17",
    "ASSAULT": "19",
}

#: (type, mode) pairs whose CAMEO root differs from the type's default root.
_MODE_ROOT: dict[TypeMode, str] = {
    ("ACCUSE", "investigate"): "09",
    ("SANCTION", "convict"): "11",
    **{("ASSAULT", m): "18" for m in ("abduct", "beat", "torture", "sexual", "targeted",
                                      "primitive", "explosives", "suicide-attack")},
    ("ASSAULT", "destroy"): "17", ("ASSAULT", "crowd-control"): "17",
    ("ASSAULT", "unconventional"): "20",
}


def cameo_root(type: str, mode: str | None = None, trigger: str | None = None) -> str | None:
    """The CAMEO root code ("01".."20") of a PLOVER type and mode, for GDELT-style export.

    ASSAULT without a mode goes to 19 (conventional force), the root GDELT users filter on
    for fighting; REQUEST goes to 10 (demand), as in the PLOVER manual's table, unless its
    trigger words (``Event.trigger``) make it an appeal ("urged", "called on": CAMEO 02)."""
    typ = (type or "").upper()
    if typ not in _TYPE_ROOT:
        return None
    if typ == "REQUEST" and request_force(trigger) == "appeal":
        return "02"
    if mode is not None and (typ, mode) in _MODE_ROOT:
        return _MODE_ROOT[(typ, mode)]
    return _TYPE_ROOT[typ]


def quad_class(type: str, mode: str | None = None, trigger: str | None = None) -> int | None:
    """GDELT's QuadClass of a PLOVER type: 1 verbal cooperation, 2 material cooperation,
    3 verbal conflict, 4 material conflict (from the CAMEO root: 01-05, 06-08, 09-13, 14-20)."""
    root = cameo_root(type, mode, trigger)
    if root is None:
        return None
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


#: ConfliBERT's five sentence classes (CAMEO "penta-class"), by label.
PENTA_LABELS: dict[int, str] = {
    0: "statement/appeal", 1: "verbal cooperation", 2: "material cooperation",
    3: "verbal conflict", 4: "material conflict",
}


def penta_class(type: str, mode: str | None = None, trigger: str | None = None) -> int | None:
    """The CAMEO penta-class (0 statements and appeals 01-02, 1 verbal cooperation 03-05,
    2 material cooperation 06-08, 3 verbal conflict 09-13, 4 material conflict 14-20).

    REQUEST is the one PLOVER type that straddles two classes (CAMEO 02 appeal and 10
    demand). Its trigger words (``Event.trigger``) tell them apart: "called on", "urged",
    "asked" appeal (class 0); "demanded", "insisted on", "pressed", "X must ..." demand
    (class 3; ``eventwire.events.lexicon.request_force``). Without trigger words a REQUEST
    is taken for an appeal, the more common in news prose.

    SANCTION goes to class 3: the labels are undocumented, and on ConfliBERT's training split
    (the dev half) sentences whose event is a sanction, an expulsion or a cut in aid (CAMEO 16,
    "reduce relations") are labelled verbal conflict far more often than material conflict.
    GDELT's QuadClass (``quad_class``, used by the gdelt export) keeps CAMEO's own 4."""
    typ = (type or "").upper()
    if typ == "REQUEST":
        return 3 if request_force(trigger) == "demand" else 0
    if typ == "SANCTION":
        return 3
    q = quad_class(typ, mode)
    return None if q is None else q


def valid_mode(type: str, mode: str | None) -> bool:
    """Whether ``mode`` is one eventwire can emit for ``type`` (null always is)."""
    return mode is None or mode in PLOVER_MODES.get(type, ())

