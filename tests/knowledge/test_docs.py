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


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_questionnaire_text_names_each_question_by_title_then_asks_it(kb: KnowledgeBase, lang: str) -> None:
    lines = kb_docs.questionnaire_text(kb, lang).splitlines()
    for q in kb.questions.values():
        at = lines.index(f"[{q.id}] {q.title.get(lang)}")
        assert lines[at + 1] == f"    {q.label.get(lang)}"


def test_kb_show_names_the_questions_of_a_condition_by_title(kb: KnowledgeBase) -> None:
    doc = kb_docs.show(kb, "digital_burden", "zh")
    assert "向村(社区)直接要表的部门数 ≥ 5" in doc
    assert kb.questions["digital_report_departments"].label.zh not in doc
