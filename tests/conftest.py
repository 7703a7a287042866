"""Shared fixtures: the bundled knowledge base, loaded once per test session."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from diagnose.knowledge import load as kb_module

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules"
SEEDS = ROOT.parent / "shared" / "seeds"

# The suite (and the commands it runs) keeps its parsed-YAML cache out of the user's home.
os.environ.setdefault("DIAGNOSE_CACHE_DIR", tempfile.mkdtemp(prefix="diagnose-test-cache-"))


@pytest.fixture(scope="session")
def kb() -> kb_module.KnowledgeBase:
    return kb_module.load(RULES)
