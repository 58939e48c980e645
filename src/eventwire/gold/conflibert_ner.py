"""ConfliBERT's actor-span data (``cameo_ner/{train,test}.txt``): news sentences with the
source (S), target (T) and reciprocal (R, both sides) actor of their main event marked
token by token in BIO tags.

Why it is read at all: the other gold sets give actor *codes* (a country, a sector); this one
says which words of the sentence are the actors, so it checks what an analyst sees first in
an event record — whether the "who" and "to whom" point at the right words.

The files hold tokens, not text. Each sentence is matched (spaces ignored) to the same
sentence in ``cameo_class``, whose text is what the extractor reads, and the gold spans are
turned into character offsets in it; a sentence with no match is rebuilt from its tokens
joined by spaces. Train is dev and test held out, as for the class data.
"""

from __future__ import annotations

from pathlib import Path

from eventwire.errors import EvaluationError
from eventwire.gold import GoldSentence

PARTS: dict[str, str] = {"dev": "train.txt", "heldout": "test.txt"}
CLASS_PARTS: dict[str, str] = {"dev": "train.tsv", "heldout": "test.tsv"}
ROLES: dict[str, str] = {"S": "source", "T": "target", "R": "both"}


def _blocks(path: Path) -> list[list[tuple[str, str]]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError("E080", path=str(path), detail=str(exc)) from exc
    out: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for n, line in enumerate(lines, 1):
        line = line.rstrip("\r")
        if not line.strip():
            if cur:
                out.append(cur)
                cur = []
            continue
        token, sep, tag = line.rpartition(" ")
        if not sep or not token or not (tag == "O" or tag[:2] in ("B-", "I-")
                                        and tag[2:] in ROLES):
            raise EvaluationError("E080", path=f"{path}:{n}",
                                  detail="expected '<token> <O|B-S|I-S|B-T|I-T|B-R|I-R>'")
        cur.append((token, tag))
    if cur:
        out.append(cur)
    return out


def _class_texts(folder: Path, split: str) -> dict[str, str]:
    """The class file's sentences by their text without spaces."""
    path = folder / CLASS_PARTS[split]
    if not path.is_file():
        return {}
    texts: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        text = " ".join(line.rstrip("\r").rpartition("\t")[0].split())
        if text:
            texts.setdefault("".join(text.split()), text)
    return texts


def _offsets(text: str, tokens: list[str]) -> list[tuple[int, int]] | None:
    """Each token's offsets in ``text``, or None where the two do not line up."""
    out = []
    pos = 0
    for tok in tokens:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if not text.startswith(tok, pos):
            return None
        out.append((pos, pos + len(tok)))
        pos += len(tok)
    return out


def _spans(tags: list[str], offsets: list[tuple[int, int]]) -> tuple[tuple[str, int, int], ...]:
    spans: list[tuple[str, int, int]] = []
    for tag, (start, end) in zip(tags, offsets):
        if tag == "O":
            continue
        role = ROLES[tag[2:]]
        if tag.startswith("I-") and spans and spans[-1][0] == role:
            spans[-1] = (role, spans[-1][1], end)
        else:
            spans.append((role, start, end))
    return tuple(spans)


def load_conflibert_actors(path: str | Path, split: str = "all") -> list[GoldSentence]:
    """Sentences with their gold actor spans (``GoldSentence.actors``); ``path`` is the
    dataset folder, its cameo_ner/ or its cameo_class/."""
    path = Path(path)
    root = path.parent if path.name in ("cameo_ner", "cameo_class") else path
    ner, cls = root / "cameo_ner", root / "cameo_class"
    parts = PARTS if split == "all" else {split: PARTS[split]}
    out: list[GoldSentence] = []
    for name, fname in parts.items():
        if not (ner / fname).is_file():
            raise EvaluationError("E080", path=str(ner / fname), detail="file not found")
        texts = _class_texts(cls, name)
        for n, block in enumerate(_blocks(ner / fname), 1):
            tokens = [t for t, _ in block]
            text = texts.get("".join(tokens))
            offsets = _offsets(text, tokens) if text else None
            if offsets is None:
                text = " ".join(tokens)
                offsets = _offsets(text, tokens)
            out.append(GoldSentence(id=f"ner-{fname}:{n}", text=text, split=name,
                                    actors=_spans([g for _, g in block], offsets)))
    return out
