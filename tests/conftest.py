"""Shared fixtures: the spaCy model is loaded once for the whole test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    from eventwire.annotate import load_model

    return load_model()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The real seed article (in ../shared, never copied into the project)."""
    paths = sorted((SHARED / "seed").glob("*.txt"))
    if not paths:
        pytest.skip("../shared/seed is not present")
    return paths[0]
