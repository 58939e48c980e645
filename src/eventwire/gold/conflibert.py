"""ConfliBERT's sentence-class data (``cameo_class/{train,test}.tsv``): news sentences with
a CAMEO penta-class label 0-4 (statements/appeals, verbal cooperation, material
cooperation, verbal conflict, material conflict; see ``eventwire.events.cameo.PENTA_LABELS``).

Why train = dev: eventwire is not trained on it, so the train file is where rules may be
tuned and the test file stays held out, as its authors meant.
"""

from __future__ import annotations

from pathlib import Path

from eventwire.errors import EvaluationError
from eventwire.gold import GoldSentence

PARTS: dict[str, str] = {"dev": "train.tsv", "heldout": "test.tsv"}


def _read(path: Path, split: str) -> list[GoldSentence]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError("E080", path=str(path), detail=str(exc)) from exc
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        text, sep, label = line.rstrip("\r").rpartition("\t")
        if not sep or not label.strip().isdigit() or not 0 <= int(label) <= 4:
            raise EvaluationError("E080", path=f"{path}:{n}",
                                  detail="expected '<sentence>\\t<label 0-4>'")
        out.append(GoldSentence(id=f"{path.stem}:{n}", text=" ".join(text.split()),
                                split=split, label=int(label)))
    return out


def load_conflibert(path: str | Path, split: str = "all") -> list[GoldSentence]:
    """Sentences with their class; ``path`` is the dataset folder or its cameo_class/."""
    path = Path(path)
    if (path / "cameo_class").is_dir():
        path = path / "cameo_class"
    parts = PARTS if split == "all" else {split: PARTS[split]}
    out: list[GoldSentence] = []
    for name, fname in parts.items():
        if not (path / fname).is_file():
            raise EvaluationError("E080", path=str(path / fname), detail="file not found")
        out.extend(_read(path / fname, name))
    return out
