"""Step definitions for the Chinese Gherkin specification in features/ (one feature per diagnosis).

Steps name questions, signs, diagnoses and mechanisms by their Chinese titles (「…」), as a scholar reads
them; names.py maps each title to its id and fails on a title that is unknown or not unique.
"""

from __future__ import annotations

from typing import Any

import names
import pytest
from pytest_bdd import given, parsers, scenarios, then, when
from steps_consult import *  # noqa: E402,F403  (the consultation's steps)
from steps_groups import *  # noqa: E402,F403  (repeat groups: projects one by one)
from steps_narrative import *  # noqa: E402,F403  (the narrative suite's steps)

from diagnose.answers.validate import validate
from diagnose.engine.compiled import compiled
from diagnose.i18n import t
from diagnose.report.build import build

scenarios("../features")


def name(group: str) -> str:
    """A title in the features' corner brackets, captured as `group`."""
    return names.bracketed(group)


SEVERITY = {t(band, "zh"): band for band in ("watch", "warning", "severe")}  # 关注 / 警示 / 严重
STATUS = {"成立": "reached", "不成立": "absent", "未评估": "not_assessed", "不适用": "not_applicable"}


@pytest.fixture
def county() -> dict[str, Any]:
    return {}


@given("县域的回答如下:")
def answers_table(kb: Any, county: dict[str, Any], datatable: list[list[str]]) -> None:
    header, *rows = datatable
    assert header[:2] == ["问题", "回答"], header
    answers = {}
    for row in rows:
        qid = names.question(kb, row[0])
        assert qid not in answers, f"「{row[0]}」 is answered twice"
        answers[qid] = names.answer(kb, qid, row[1])
    county["record"] = {"county": {"id": "feature", "name": "示例县"}, "answers": answers}


@when("进行诊断")
def run_diagnosis(kb: Any, county: dict[str, Any]) -> None:
    record = validate(kb, county["record"], "zh")
    inference = compiled(kb).run(record.answers)
    county["inference"] = inference
    county["report"] = build(kb, record, inference, "zh")


def status(county: dict[str, Any], did: str) -> str:
    return county["inference"].decisions[did].status


@then(parsers.re(rf"诊断{name('diagnosis')}成立"))
def reached(kb: Any, county: dict[str, Any], diagnosis: str) -> None:
    did = names.diagnosis(kb, diagnosis)
    assert status(county, did) == "reached"
    assert did in [d.id for d in county["report"].diagnoses]


@then(parsers.re(rf"诊断{name('diagnosis')}不成立"))
def not_reached(kb: Any, county: dict[str, Any], diagnosis: str) -> None:
    did = names.diagnosis(kb, diagnosis)
    assert status(county, did) in ("absent", "not_applicable")
    assert did not in [d.id for d in county["report"].diagnoses]


@then(parsers.re(rf"诊断{name('diagnosis')}未评估"))
def not_assessed(kb: Any, county: dict[str, Any], diagnosis: str) -> None:
    did = names.diagnosis(kb, diagnosis)
    assert status(county, did) == "not_assessed"
    assert did in [d.id for d in county["report"].not_assessed]


@then(parsers.re(rf"诊断{name('diagnosis')}的严重程度为(?P<severity>关注|警示|严重)"))
def severity(kb: Any, county: dict[str, Any], diagnosis: str, severity: str) -> None:
    did = names.diagnosis(kb, diagnosis)
    found = [d for d in county["report"].diagnoses if d.id == did]
    assert found and found[0].severity == SEVERITY[severity], found and found[0].severity


@then(parsers.re(rf"诊断{name('diagnosis')}需要回答{name('question')}"))
def needs_answer(kb: Any, county: dict[str, Any], diagnosis: str, question: str) -> None:
    did, qid = names.diagnosis(kb, diagnosis), names.question(kb, question)
    pending = {n.id: n.questions for n in county["report"].not_assessed}
    assert qid in pending.get(did, []), pending.get(did)


@then(parsers.re(rf"征象{name('sign')}成立"))
def sign_holds(kb: Any, county: dict[str, Any], sign: str) -> None:
    did, sid = names.sign(kb, sign)
    assert county["inference"].signs[did][sid] is True


@then(parsers.re(rf"征象{name('sign')}不成立"))
def sign_fails(kb: Any, county: dict[str, Any], sign: str) -> None:
    did, sid = names.sign(kb, sign)
    assert sid in county["inference"].signs[did]
    assert county["inference"].signs[did][sid] is not True


@then(parsers.re(rf"推荐机制{name('mechanism')}"))
def recommended(kb: Any, county: dict[str, Any], mechanism: str) -> None:
    mid = names.mechanism(kb, mechanism)
    assert mid in [r.mechanism for r in county["report"].recommendations]


@then(parsers.re(rf"不推荐机制{name('mechanism')}"))
def not_recommended(kb: Any, county: dict[str, Any], mechanism: str) -> None:
    mid = names.mechanism(kb, mechanism)
    assert mid not in [r.mechanism for r in county["report"].recommendations]


@then(parsers.re(rf"征象{name('sign')}未确定"))
def sign_open(kb: Any, county: dict[str, Any], sign: str) -> None:
    did, sid = names.sign(kb, sign)
    assert sid in county["inference"].signs[did]
    assert county["inference"].signs[did][sid] is None


@then(parsers.re(rf"诊断{name('diagnosis')}报告时列出未确定的征象{name('sign')}"))
def listed_open(kb: Any, county: dict[str, Any], diagnosis: str, sign: str) -> None:
    did = names.diagnosis(kb, diagnosis)
    owner, sid = names.sign(kb, sign)
    assert owner == did, f"「{sign}」 is a sign of {owner}, not of {did}"
    [found] = [d for d in county["report"].diagnoses if d.id == did]
    assert sid in [o.id for o in found.undetermined_signs]


@then(parsers.re(rf"征象{name('sign')}列为临界,回答{name('question')}跨越 (?P<threshold>.+)"))
def borderline_sign(kb: Any, county: dict[str, Any], sign: str, question: str, threshold: str) -> None:
    did, sid = names.sign(kb, sign)
    qid = names.question(kb, question)
    found = [(b.question, b.threshold) for b in county["report"].borderline if (b.diagnosis, b.sign) == (did, sid)]
    assert (qid, threshold.strip()) in found, found


@then(parsers.re(rf"征象{name('sign')}列为临界,未说明是否有{name('option')}"))
def borderline_option(kb: Any, county: dict[str, Any], sign: str, option: str) -> None:
    did, sid = names.sign(kb, sign)
    found = [(b.question, b.option) for b in county["report"].borderline if (b.diagnosis, b.sign) == (did, sid)]
    assert any(o == names.choice(kb, q, option) for q, o in found), found


@then(parsers.re(rf"征象{name('sign')}按分档 ≥(?P<gte>\S+) 计,确定性为 (?P<cf>\S+)"))
def sign_band(kb: Any, county: dict[str, Any], sign: str, gte: str, cf: str) -> None:
    did, sid = names.sign(kb, sign)
    found = [s for d in county["report"].diagnoses if d.id == did for s in d.signs if s.id == sid]
    assert found and (found[0].band, found[0].certainty) == (float(gte), float(cf)), found


@then(parsers.re(rf"征象{name('sign')}不按分档计,确定性为 (?P<cf>\S+)"))
def sign_no_band(kb: Any, county: dict[str, Any], sign: str, cf: str) -> None:
    did, sid = names.sign(kb, sign)
    found = [s for d in county["report"].diagnoses if d.id == did for s in d.signs if s.id == sid]
    assert found and (found[0].band, found[0].certainty) == (None, float(cf)), found


@then(parsers.re(rf"征象{name('sign')}的分档 ≥(?P<gte>\S+) 列为临界"))
def band_borderline(kb: Any, county: dict[str, Any], sign: str, gte: str) -> None:
    did, sid = names.sign(kb, sign)
    found = [b.threshold for b in county["report"].borderline if (b.diagnosis, b.sign) == (did, sid) and b.band]
    assert f"≥ {float(gte):g}" in found, found


@then("没有临界征象")
def no_borderline(county: dict[str, Any]) -> None:
    assert county["report"].borderline == []


@then(parsers.re(rf"回答{name('question')}被搁置"))
def set_aside(kb: Any, county: dict[str, Any], question: str) -> None:
    assert names.question(kb, question) in county["report"].ignored_answers


@then(parsers.re(rf"回答{name('question')}照样计入"))
def counted(kb: Any, county: dict[str, Any], question: str) -> None:
    """A follow-up answered under an unknown gate counts: only a definite no sets it aside."""
    qid = names.question(kb, question)
    report = county["report"]
    assert qid not in report.ignored_answers
    assert all(qid not in n.questions for n in report.not_assessed)  # known: no longer asked for


@then(parsers.re(rf"前提{name('gate')}由回答{name('question')}推知为(?P<value>是|否)"))
def implied_gate(kb: Any, county: dict[str, Any], gate: str, question: str, value: str) -> None:
    """A gate left unknown takes the value its answered follow-up presupposes (answers/gates.py)."""
    implied = [(i.question, i.value, i.by) for i in county["report"].implied]
    assert (names.question(kb, gate), value == "是", names.question(kb, question)) in implied


# --- recommendation ranking ---

LEVEL_WORDS = {"本县": "county", "县与上级": "shared", "上级": "higher"}


@given(parsers.re(r"县域的回答取自示例 (?P<example>\S+)"))
def answers_from_example(county: dict[str, Any], example: str) -> None:
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "examples" / example
    county["record"] = json.loads(path.read_text(encoding="utf-8"))


@given(parsers.re(rf"其中{name('question')}改为 (?P<text>.+)"))
def change_answer(kb: Any, county: dict[str, Any], question: str, text: str) -> None:
    qid = names.question(kb, question)
    county["record"]["answers"][qid] = names.answer(kb, qid, text)


def _recommended(county: dict[str, Any]) -> list[Any]:
    return list(county["report"].recommendations)


def _recommendation(kb: Any, county: dict[str, Any], mechanism: str) -> Any:
    mid = names.mechanism(kb, mechanism)
    found = [r for r in _recommended(county) if r.mechanism == mid]
    assert found, f"「{mechanism}」 is not recommended"
    return found[0]


@then(parsers.re(rf"推荐机制{name('first')}排在{name('second')}之前"))
def ranked_before(kb: Any, county: dict[str, Any], first: str, second: str) -> None:
    a, b = names.mechanism(kb, first), names.mechanism(kb, second)
    order = [r.mechanism for r in _recommended(county)]
    assert a in order and b in order and order.index(a) < order.index(b), order


@then(parsers.re(rf"推荐机制{name('mechanism')}因契合本县而加分"))
def fits(kb: Any, county: dict[str, Any], mechanism: str) -> None:
    rec = _recommendation(kb, county, mechanism)
    assert rec.fit and all(f.answers for f in rec.fit)


@then(parsers.re(rf"推荐机制{name('mechanism')}不因契合本县加分"))
def does_not_fit(kb: Any, county: dict[str, Any], mechanism: str) -> None:
    assert not _recommendation(kb, county, mechanism).fit


@then(parsers.re(rf"机制{name('mechanism')}列为不宜采用"))
def contraindicated(kb: Any, county: dict[str, Any], mechanism: str) -> None:
    mid = names.mechanism(kb, mechanism)
    [entry] = [c for c in county["report"].contraindicated if c.mechanism == mid]
    assert entry.rationale and all(r.text for r in entry.rationale)


@then(parsers.re(rf"推荐机制{name('mechanism')}由(?P<who>本县|县与上级|上级)推动"))
def who_acts(kb: Any, county: dict[str, Any], mechanism: str, who: str) -> None:
    assert _recommendation(kb, county, mechanism).level == LEVEL_WORDS[who]


# --- explain and what-if ---


@when(parsers.re(rf"解释诊断{name('diagnosis')}"))
def explain_diagnosis(kb: Any, county: dict[str, Any], diagnosis: str) -> None:
    from diagnose.reasoning.explain import explain

    record = validate(kb, county["record"], "zh")
    county["explanation"] = explain(kb, record, "zh", names.diagnosis(kb, diagnosis))
    [county["trail"]] = county["explanation"].diagnoses


def _trail_sign(kb: Any, county: dict[str, Any], sign: str) -> Any:
    did, sid = names.sign(kb, sign)
    assert did == county["trail"].id, f"「{sign}」 is a sign of {did}, not of {county['trail'].id}"
    [found] = [s for s in county["trail"].signs if s.id == sid]
    return found


@then(parsers.re(rf"解释中征象{name('sign')}成立,依据回答{name('question')}"))
def explained_sign(kb: Any, county: dict[str, Any], sign: str, question: str) -> None:
    found = _trail_sign(kb, county, sign)
    assert found.holds is True and names.question(kb, question) in found.answers


@then(parsers.re(r"解释中确定度逐步累计为 (?P<value>[\d.]+)"))
def explained_steps(county: dict[str, Any], value: str) -> None:
    steps = county["trail"].steps
    assert (
        steps and abs(steps[-1].combined - float(value)) < 1e-4 and abs(county["trail"].certainty - float(value)) < 1e-4
    )


@then(parsers.re(rf"解释中列出推荐机制{name('mechanism')}"))
def explained_mechanism(kb: Any, county: dict[str, Any], mechanism: str) -> None:
    assert names.mechanism(kb, mechanism) in [m.mechanism for m in county["trail"].mechanisms]


@then(parsers.re(r"解释中诊断(?P<status>成立|不成立|未评估|不适用)"))
def explained_status(county: dict[str, Any], status: str) -> None:
    assert county["trail"].status == STATUS[status]


@then(parsers.re(rf"解释中征象{name('sign')}未通过的检验是{name('question')},相差 (?P<gap>[\d.]+)"))
def explained_failure(kb: Any, county: dict[str, Any], sign: str, question: str, gap: str) -> None:
    found, qid = _trail_sign(kb, county, sign), names.question(kb, question)
    assert found.holds is False
    assert any(f.question == qid and f.gap == float(gap) for f in found.failed_tests), found.failed_tests


@then(parsers.re(rf"建议接下来回答{name('question')}"))
def worth_answering(kb: Any, county: dict[str, Any], question: str) -> None:
    assert names.question(kb, question) in [w.question for w in county["explanation"].answer_next]


@when(parsers.re(rf"寻找(?P<goal>消除|达到)诊断{name('diagnosis')}的改动"))
def search_patches(kb: Any, county: dict[str, Any], goal: str, diagnosis: str) -> None:
    from diagnose.reasoning.whatif import search

    record = validate(kb, county["record"], "zh")
    did = names.diagnosis(kb, diagnosis)
    found, _ = search(kb, record.answers, did, "clear" if goal == "消除" else "reach")
    # the fewest changes (最少改动): the alternatives that follow may change more answers
    county["patches"] = [p for p in found if len(p.changes) == min(len(f.changes) for f in found)]


@then(parsers.re(r"至少找到 (?P<n>\d+) 个方案,每个方案改动 (?P<k>\d+) 个回答"))
def patch_sizes(county: dict[str, Any], n: str, k: str) -> None:
    assert len(county["patches"]) >= int(n)
    assert all(len(p.changes) == int(k) for p in county["patches"])


@then(parsers.re(rf"按每个方案修改回答后重新诊断,诊断{name('diagnosis')}(?P<outcome>成立|不成立)"))
def patches_verified(kb: Any, county: dict[str, Any], diagnosis: str, outcome: str) -> None:
    from diagnose.batch.evaluate import evaluate_item
    from diagnose.io.records import Item

    did = names.diagnosis(kb, diagnosis)
    for p in county["patches"]:
        record = {**county["record"], "answers": {**county["record"]["answers"], **p.changes}}
        report = evaluate_item(kb, Item(1, value=record), "zh")
        reached = did in [d.id for d in report.diagnoses]  # type: ignore[union-attr]
        assert reached == (outcome == "成立")
        if outcome == "不成立":
            assert did not in [n.id for n in report.not_assessed]  # type: ignore[union-attr]
