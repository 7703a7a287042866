"""Feature steps for repeat groups (innovation projects one by one): a table of projects, and what the
report says was worked out from them. Items are named by their questions' Chinese titles, as in rules/."""

from __future__ import annotations

from typing import Any

import names
from pytest_bdd import given, parsers, then

from diagnose.answers.record import IntervalAnswer
from diagnose.knowledge.interval import Interval


def _bracketed(group: str) -> str:
    return names.bracketed(group)


@given("县域逐项填写的创新项目如下:")
def projects_table(kb: Any, county: dict[str, Any], datatable: list[list[str]]) -> None:
    header, *rows = datatable
    assert header[0] == "项目", header
    by_title = {q.title.zh: q.id for q in kb.groups["innovation_projects"].questions}
    unknown = [h for h in header[1:] if h not in by_title]
    assert not unknown, f"no project question titled {unknown}"
    projects = []
    for row in rows:
        item: dict[str, Any] = {"name": row[0]}
        for title, text in zip(header[1:], row[1:], strict=True):
            text = text.strip()
            if text:
                item[by_title[title]] = names.WORDS.get(text, _number(text))
        projects.append(item)
    record = county.setdefault("record", {"county": {"id": "feature", "name": "示例县"}, "answers": {}})
    record["answers"]["innovation_projects"] = projects


def _number(text: str) -> Any:
    try:
        number = float(text)
    except ValueError:
        return text  # an approximate figure: validation reads it
    return int(number) if number.is_integer() else number


def _derived(kb: Any, county: dict[str, Any], question: str) -> Any:
    qid = names.question(kb, question)
    found = [d for d in county["report"].derived if d.question == qid]
    assert found, f"「{question}」 was not worked out"
    return found[0]


def _shown(value: Any) -> str:
    if isinstance(value, IntervalAnswer):
        return Interval(value.min, value.max, value.min_open, value.max_open).show()
    return str(value)


@then(parsers.re(rf"{_bracketed('question')}由各项目算出为 (?P<value>.+)"))
def worked_out(kb: Any, county: dict[str, Any], question: str, value: str) -> None:
    d = _derived(kb, county, question)
    assert d.tally is not None, f"「{question}」 was not worked out from the projects"
    assert _shown(d.value) == value.strip(), (d.value, value)


@then(parsers.re(rf"{_bracketed('question')}与各项目算出的值不一致,以直接填写的 (?P<value>\S+) 为准"))
def direct_wins(kb: Any, county: dict[str, Any], question: str, value: str) -> None:
    d = _derived(kb, county, question)
    assert d.disagrees and str(d.direct) == value, (d.direct, d.disagrees)
