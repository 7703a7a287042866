from __future__ import annotations

import pytest

from diagnose.knowledge import docs as kb_docs
from diagnose.knowledge.base import KnowledgeBase


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_entry_is_documented(kb: KnowledgeBase, lang: str) -> None:
    for ident in [*kb.diagnoses, *kb.mechanisms]:
        doc = kb_docs.show(kb, ident, lang)
        assert ident in doc and "「" in doc


def test_unknown_id_raises(kb: KnowledgeBase) -> None:
    with pytest.raises(KeyError):
        kb_docs.show(kb, "nothing", "zh")


def test_questionnaire_text_covers_every_question(kb: KnowledgeBase) -> None:
    text = kb_docs.questionnaire_text(kb, "zh")
    assert all(f"[{q}]" in text for q in kb.questions)
    assert "仅当" in text and "0 – 100" in text
