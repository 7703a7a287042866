"""Shared fixtures: the bundled knowledge base, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from diagnose import kb as kb_module

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules"
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def kb() -> kb_module.KnowledgeBase:
    return kb_module.load(RULES)
