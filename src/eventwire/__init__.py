"""eventwire: news reports in, sourced political events out.

``eventwire.extract(text, published="YYYY-MM-DD")`` gives the events of one article. The
pipeline (and spaCy) loads on first use, so importing eventwire stays cheap for the CLI.
"""

__version__ = "0.1.0"

__all__ = ["extract", "extract_sentences", "Pipeline", "__version__"]


def __getattr__(name: str):
    if name in ("extract", "extract_sentences", "Pipeline"):
        from eventwire import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'eventwire' has no attribute {name!r}")
