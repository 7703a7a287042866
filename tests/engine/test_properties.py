"""Properties over generated counties: schema-valid reports, error records for bad ones, order kept,
byte-identical output, and a county's report independent of the batch around it."""

from __future__ import annotations

import io
import json
import random
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner
from conftest import RULES
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from strategies import answer_sets, interval_answer_sets, random_answers

from diagnose.batch.evaluate import evaluate_item
from diagnose.cli import main
from diagnose.io.records import Item, read
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.load import load
from diagnose.report.model import ErrorRecord, Report, dump_json

KB = load(RULES)
SLOW = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module")
def output_schema() -> dict[str, Any]:
    return json.loads(CliRunner().invoke(main, ["schema", "output"]).stdout)


@pytest.fixture(scope="module")
def input_schema() -> dict[str, Any]:
    return json.loads(CliRunner().invoke(main, ["schema", "input"]).stdout)


@SLOW
@given(answers=answer_sets(KB), lang=st.sampled_from(["zh", "en"]))
def test_valid_answers_give_a_schema_valid_report(
    output_schema: dict, input_schema: dict, answers: dict, lang: str
) -> None:
    record = {"county": {"id": "p"}, "answers": answers}
    jsonschema.validate(record, input_schema)
    result = evaluate_item(KB, Item(1, value=record), lang)
    assert isinstance(result, Report)
    jsonschema.validate(json.loads(dump_json(result, None)), output_schema)


@SLOW
@given(answers=interval_answer_sets(KB), lang=st.sampled_from(["zh", "en"]))
def test_approximate_answers_give_a_schema_valid_report(
    output_schema: dict, input_schema: dict, answers: dict, lang: str
) -> None:
    record = {"county": {"id": "p"}, "answers": answers}
    jsonschema.validate(record, input_schema)
    result = evaluate_item(KB, Item(1, value=record), lang)
    assume(isinstance(result, Report))  # a generated phrase may allow no value: refused, tested elsewhere
    jsonschema.validate(json.loads(dump_json(result, None)), output_schema)


def _corrupt(kb: KnowledgeBase, answers: dict, how: str, qid: str) -> dict:
    q = kb.questions[qid]
    bad: Any = {
        "type": {"yes_no": 3, "single_choice": 7, "multiple_choice": "x"}.get(q.type.value, "seventy"),
        "range": {"yes_no": "maybe", "single_choice": "no_such_choice", "multiple_choice": ["no_such_choice"]}.get(
            q.type.value, -1 if q.type.value != "number" else (q.max or 0) + 1
        ),
        "null": None,
    }[how]
    return {**answers, qid: bad}


@SLOW
@given(
    answers=answer_sets(KB),
    how=st.sampled_from(["type", "range", "null", "unknown_id"]),
    qid=st.sampled_from(sorted(KB.questions)),
)
def test_invalid_records_give_an_error_record(output_schema: dict, answers: dict, how: str, qid: str) -> None:
    bad = {**answers, "no_such_question": 1} if how == "unknown_id" else _corrupt(KB, answers, how, qid)
    result = evaluate_item(KB, Item(4, value={"county": {"id": "bad"}, "answers": bad}), "en")
    assert isinstance(result, ErrorRecord) and result.error.record == 4 and result.county == {"id": "bad"}
    jsonschema.validate(json.loads(dump_json(result, None)), output_schema)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    records=st.lists(
        st.one_of(
            answer_sets(KB).map(lambda a: {"county": {"id": "v"}, "answers": a}),
            st.just("broken"),
            st.just({"county": {"id": "w"}, "answers": {"x": 1}}),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_n_in_n_out_in_order_and_byte_identical(records: list) -> None:
    for i, r in enumerate(records):
        if isinstance(r, dict):
            r["county"]["id"] += str(i)
    text = "\n".join("{broken" if r == "broken" else json.dumps(r, ensure_ascii=False) for r in records) + "\n"
    first = CliRunner().invoke(main, ["evaluate", "-", "--lang", "en"], input=text)
    second = CliRunner().invoke(main, ["evaluate", "-", "--lang", "en"], input=text)
    assert first.stdout_bytes == second.stdout_bytes
    if len(records) == 1:  # one line in: a single object out
        out = [json.loads(first.stdout)]
    else:
        out = [json.loads(line) for line in first.stdout.splitlines()]
    assert len(out) == len(records)
    for i, (r, o) in enumerate(zip(records, out, strict=True)):
        if r == "broken":
            assert o["error"]["record"] == i + 1 and o["county"] is None
        else:
            assert o["county"]["id"] == r["county"]["id"]
    assert first.exit_code == (1 if any(r == "broken" or "x" in r["answers"] for r in records) else 0)


def test_a_county_is_the_same_alone_and_in_a_batch_of_ten_thousand() -> None:
    rng = random.Random(20261122)
    target = {
        "county": {"id": "target", "name": "目标县"},
        "answers": json.loads((RULES.parent / "examples" / "multi_diagnosis.json").read_text(encoding="utf-8"))[
            "answers"
        ],
    }
    others = [{"county": {"id": f"c{i}"}, "answers": random_answers(KB, rng)} for i in range(200)]
    batch = [others[rng.randrange(len(others))] for _ in range(9999)]
    batch.insert(5000, target)
    alone = dump_json(evaluate_item(KB, Item(1, value=target), "zh"), None)
    data = "\n".join(json.dumps(r, ensure_ascii=False) for r in batch).encode()
    shape, items = read(io.BytesIO(data), "zh")
    found = None
    for item in items:
        result = dump_json(evaluate_item(KB, item, "zh"), None)
        if item.n == 5001:
            found = result
    assert found == alone
