"""Step definitions for features/narratives/: a county's own description (a Gherkin doc string), then each
stated fact translated to a question and an answer as written. A fact that has no question to go to, or
whose answer the questionnaire refuses, fails the scenario with the fact named; the diagnosis steps of
test_features.py then check the expected results."""

from __future__ import annotations

import re
from typing import Any

import names
from pytest_bdd import given

from diagnose.answers.validate import InvalidRecord, validate

HAN = re.compile(r"[\u4e00-\u9fff]")
MIN_HAN = 150  # issue 16: each description at least 150 Chinese characters
NO_PLACE = ("", "—", "-", "无")  # how a table would say a fact has nowhere to go


@given("县里的自述如下:")
def narrative(county: dict[str, Any], docstring: str) -> None:
    han = len(HAN.findall(docstring))
    assert han >= MIN_HAN, f"the description has {han} Chinese characters, fewer than {MIN_HAN}"
    county["prose"] = docstring


@given("自述中的事实对应到问卷如下:")
def facts_table(kb: Any, county: dict[str, Any], datatable: list[list[str]]) -> None:
    header, *rows = datatable
    assert header == ["事实", "问题", "回答"], header
    prose = re.sub(r"\s+", "", county["prose"])
    answers: dict[str, Any] = {}
    for fact, title, text in rows:
        assert re.sub(r"\s+", "", fact) in prose, f"事实「{fact}」不在自述原文中 (not quoted from the description)"
        assert title.strip() not in NO_PLACE, f"事实「{fact}」没有可对应的问题 (no question to go to)"
        qid = names.question(kb, title)
        answer = names.answer(kb, qid, text)
        try:
            validate(kb, {"county": {"id": "fact", "name": "事实"}, "answers": {qid: answer}}, "zh")
        except InvalidRecord as refused:
            raise AssertionError(f"事实「{fact}」的回答「{text}」被拒绝 (answer refused): {refused}") from None
        assert answers.get(qid, answer) == answer, f"「{title}」 is given two different answers"
        answers[qid] = answer
    county["record"] = {"county": {"id": "narrative", "name": "自述县"}, "answers": answers}
