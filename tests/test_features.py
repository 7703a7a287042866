"""Step definitions for the Chinese Gherkin specification in features/ (one feature per diagnosis)."""

from __future__ import annotations

from typing import Any

import pytest
from pytest_bdd import given, parsers, scenarios, then, when
from steps_consult import *  # noqa: E402,F403  (the consultation's steps)

from diagnose.answers.validate import validate
from diagnose.engine.compiled import compiled
from diagnose.knowledge.models import QuestionType
from diagnose.report.build import build

scenarios("../features")

WORDS = {"是": True, "否": False, "不知道": "unknown"}


def parse_value(kb: Any, qid: str, text: str) -> Any:
    text = text.strip()
    if text in WORDS:
        return WORDS[text]
    q = kb.questions[qid]
    if q.type == QuestionType.multiple_choice:
        return [c.strip() for c in text.split(",") if c.strip()]
    if q.type == QuestionType.single_choice:
        return text
    try:
        number = float(text)
    except ValueError:
        return text  # an approximate answer (约25, 50-70, 大多数): validation reads it
    return int(number) if number.is_integer() else number


def question_id(kb: Any, text: str) -> str:
    text = text.strip()
    if text in kb.questions:
        return text
    for q in kb.questions.values():
        if q.label.zh == text:
            return q.id
    raise AssertionError(f"no question with id or label {text!r}")


@pytest.fixture
def county() -> dict[str, Any]:
    return {}


@given("县域的回答如下:")
def answers_table(kb: Any, county: dict[str, Any], datatable: list[list[str]]) -> None:
    header, *rows = datatable
    assert header[:2] == ["问题", "回答"], header
    answers = {}
    for row in rows:
        qid = question_id(kb, row[0])
        answers[qid] = parse_value(kb, qid, row[1])
    county["record"] = {"county": {"id": "feature", "name": "示例县"}, "answers": answers}


@when("进行诊断")
def run_diagnosis(kb: Any, county: dict[str, Any]) -> None:
    record = validate(kb, county["record"], "zh")
    inference = compiled(kb).run(record.answers)
    county["inference"] = inference
    county["report"] = build(kb, record, inference, "zh")


def status(county: dict[str, Any], did: str) -> str:
    return county["inference"].decisions[did].status


@then(parsers.re(r"诊断 (?P<did>\w+) 成立"))
def reached(county: dict[str, Any], did: str) -> None:
    assert status(county, did) == "reached"
    assert did in [d.id for d in county["report"].diagnoses]


@then(parsers.re(r"诊断 (?P<did>\w+) 不成立"))
def not_reached(county: dict[str, Any], did: str) -> None:
    assert status(county, did) in ("absent", "not_applicable")
    assert did not in [d.id for d in county["report"].diagnoses]


@then(parsers.re(r"诊断 (?P<did>\w+) 未评估"))
def not_assessed(county: dict[str, Any], did: str) -> None:
    assert status(county, did) == "not_assessed"
    assert did in [d.id for d in county["report"].not_assessed]


@then(parsers.re(r"诊断 (?P<did>\w+) 的严重程度为 (?P<severity>\w+)"))
def severity(county: dict[str, Any], did: str, severity: str) -> None:
    found = [d for d in county["report"].diagnoses if d.id == did]
    assert found and found[0].severity == severity, found and found[0].severity


@then(parsers.re(r"诊断 (?P<did>\w+) 需要回答 (?P<qid>\w+)"))
def needs_answer(county: dict[str, Any], did: str, qid: str) -> None:
    pending = {n.id: n.questions for n in county["report"].not_assessed}
    assert qid in pending.get(did, []), pending.get(did)


@then(parsers.re(r"征象 (?P<did>\w+)\.(?P<sid>\w+) 成立"))
def sign_holds(county: dict[str, Any], did: str, sid: str) -> None:
    assert county["inference"].signs[did][sid] is True


@then(parsers.re(r"征象 (?P<did>\w+)\.(?P<sid>\w+) 不成立"))
def sign_fails(county: dict[str, Any], did: str, sid: str) -> None:
    assert sid in county["inference"].signs[did]
    assert county["inference"].signs[did][sid] is not True


@then(parsers.re(r"推荐机制 (?P<mid>\w+)"))
def recommended(kb: Any, county: dict[str, Any], mid: str) -> None:
    assert mid in kb.mechanisms
    assert mid in [r.mechanism for r in county["report"].recommendations]


@then(parsers.re(r"不推荐机制 (?P<mid>\w+)"))
def not_recommended(kb: Any, county: dict[str, Any], mid: str) -> None:
    assert mid in kb.mechanisms
    assert mid not in [r.mechanism for r in county["report"].recommendations]


@then(parsers.re(r"征象 (?P<did>\w+)\.(?P<sid>\w+) 未确定"))
def sign_open(county: dict[str, Any], did: str, sid: str) -> None:
    assert sid in county["inference"].signs[did]
    assert county["inference"].signs[did][sid] is None


@then(parsers.re(r"诊断 (?P<did>\w+) 报告时列出未确定的征象 (?P<sid>\w+)"))
def listed_open(county: dict[str, Any], did: str, sid: str) -> None:
    [found] = [d for d in county["report"].diagnoses if d.id == did]
    assert sid in [o.id for o in found.undetermined_signs]


@then(parsers.re(r"征象 (?P<did>\w+)\.(?P<sid>\w+) 列为临界,回答 (?P<qid>\w+) 跨越 (?P<threshold>.+)"))
def borderline_sign(county: dict[str, Any], did: str, sid: str, qid: str, threshold: str) -> None:
    found = [(b.question, b.threshold) for b in county["report"].borderline if (b.diagnosis, b.sign) == (did, sid)]
    assert (qid, threshold.strip()) in found, found


@then("没有临界征象")
def no_borderline(county: dict[str, Any]) -> None:
    assert county["report"].borderline == []


@then(parsers.re(r"回答 (?P<qid>\w+) 被搁置"))
def set_aside(county: dict[str, Any], qid: str) -> None:
    assert qid in county["report"].ignored_answers


# --- recommendation ranking ---

LEVEL_WORDS = {"本县": "county", "县与上级": "shared", "上级": "higher"}


@given(parsers.re(r"县域的回答取自示例 (?P<name>\S+)"))
def answers_from_example(county: dict[str, Any], name: str) -> None:
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "examples" / name
    county["record"] = json.loads(path.read_text(encoding="utf-8"))


@given(parsers.re(r"其中 (?P<qid>\w+) 改为 (?P<text>\S+)"))
def change_answer(kb: Any, county: dict[str, Any], qid: str, text: str) -> None:
    county["record"]["answers"][qid] = parse_value(kb, qid, text)


def _recommended(county: dict[str, Any]) -> list[Any]:
    return list(county["report"].recommendations)


@then(parsers.re(r"推荐机制 (?P<first>\w+) 排在 (?P<second>\w+) 之前"))
def ranked_before(county: dict[str, Any], first: str, second: str) -> None:
    order = [r.mechanism for r in _recommended(county)]
    assert first in order and second in order and order.index(first) < order.index(second), order


@then(parsers.re(r"推荐机制 (?P<mid>\w+) 因契合本县而加分"))
def fits(county: dict[str, Any], mid: str) -> None:
    [rec] = [r for r in _recommended(county) if r.mechanism == mid]
    assert rec.fit and all(f.answers for f in rec.fit)


@then(parsers.re(r"推荐机制 (?P<mid>\w+) 不因契合本县加分"))
def does_not_fit(county: dict[str, Any], mid: str) -> None:
    [rec] = [r for r in _recommended(county) if r.mechanism == mid]
    assert not rec.fit


@then(parsers.re(r"机制 (?P<mid>\w+) 列为不宜采用"))
def contraindicated(county: dict[str, Any], mid: str) -> None:
    [entry] = [c for c in county["report"].contraindicated if c.mechanism == mid]
    assert entry.rationale and all(r.text for r in entry.rationale)


@then(parsers.re(r"推荐机制 (?P<mid>\w+) 由 (?P<who>\S+) 推动"))
def who_acts(county: dict[str, Any], mid: str, who: str) -> None:
    [rec] = [r for r in _recommended(county) if r.mechanism == mid]
    assert rec.level == LEVEL_WORDS[who]


# --- explain and what-if ---


@when(parsers.re(r"解释诊断 (?P<did>\w+)"))
def explain_diagnosis(kb: Any, county: dict[str, Any], did: str) -> None:
    from diagnose.reasoning.explain import explain

    record = validate(kb, county["record"], "zh")
    county["explanation"] = explain(kb, record, "zh", did)
    [county["trail"]] = county["explanation"].diagnoses


@then(parsers.re(r"解释中征象 (?P<sid>\w+) 成立,依据回答 (?P<qid>\w+)"))
def explained_sign(county: dict[str, Any], sid: str, qid: str) -> None:
    [sign] = [s for s in county["trail"].signs if s.id == sid]
    assert sign.holds is True and qid in sign.answers


@then(parsers.re(r"解释中确定度逐步累计为 (?P<value>[\d.]+)"))
def explained_steps(county: dict[str, Any], value: str) -> None:
    steps = county["trail"].steps
    assert (
        steps and abs(steps[-1].combined - float(value)) < 1e-4 and abs(county["trail"].certainty - float(value)) < 1e-4
    )


@then(parsers.re(r"解释中列出推荐机制 (?P<mid>\w+)"))
def explained_mechanism(county: dict[str, Any], mid: str) -> None:
    assert mid in [m.mechanism for m in county["trail"].mechanisms]


@then(parsers.re(r"解释中诊断状态为 (?P<status>\w+)"))
def explained_status(county: dict[str, Any], status: str) -> None:
    assert county["trail"].status == status


@then(parsers.re(r"解释中征象 (?P<sid>\w+) 未通过的检验是 (?P<qid>\w+),相差 (?P<gap>[\d.]+)"))
def explained_failure(county: dict[str, Any], sid: str, qid: str, gap: str) -> None:
    [sign] = [s for s in county["trail"].signs if s.id == sid]
    assert sign.holds is False
    assert any(f.question == qid and f.gap == float(gap) for f in sign.failed_tests), sign.failed_tests


@then(parsers.re(r"建议接下来回答 (?P<qid>\w+)"))
def worth_answering(county: dict[str, Any], qid: str) -> None:
    assert qid in [w.question for w in county["explanation"].answer_next]


@when(parsers.re(r"寻找(?P<goal>消除|达到) (?P<did>\w+) 的改动"))
def search_patches(kb: Any, county: dict[str, Any], goal: str, did: str) -> None:
    from diagnose.reasoning.whatif import search

    record = validate(kb, county["record"], "zh")
    county["patches"], _ = search(kb, record.answers, did, "clear" if goal == "消除" else "reach")


@then(parsers.re(r"至少找到 (?P<n>\d+) 个方案,每个方案改动 (?P<k>\d+) 个回答"))
def patch_sizes(county: dict[str, Any], n: str, k: str) -> None:
    assert len(county["patches"]) >= int(n)
    assert all(len(p.changes) == int(k) for p in county["patches"])


@then(parsers.re(r"按每个方案修改回答后重新诊断,(?P<did>\w+) (?P<outcome>成立|不成立)"))
def patches_verified(kb: Any, county: dict[str, Any], did: str, outcome: str) -> None:
    from diagnose.batch.evaluate import evaluate_item
    from diagnose.io.records import Item

    for p in county["patches"]:
        record = {**county["record"], "answers": {**county["record"]["answers"], **p.changes}}
        report = evaluate_item(kb, Item(1, value=record), "zh")
        reached = did in [d.id for d in report.diagnoses]  # type: ignore[union-attr]
        assert reached == (outcome == "成立")
        if outcome == "不成立":
            assert did not in [n.id for n in report.not_assessed]  # type: ignore[union-attr]
