"""The rule-file fuzz corpus (tests/fuzz_corpus/rules): each hostile or broken file, put in place of a
rule file, is one error at its file:line:column, exit 4 from `kb check` and from any command given
those rules, never a traceback, a hang or a cascade of follow-on findings. And YAML trees of any shape
as a rule file: findings, never an exception."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import RULES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diagnose.cli import main
from diagnose.knowledge.load import load_with_findings

CORPUS = Path(__file__).resolve().parents[1] / "fuzz_corpus" / "rules"
MANIFEST = json.loads((CORPUS / "MANIFEST.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("corpus") / "rules"
    shutil.copytree(RULES, copy)
    return copy


def test_the_manifest_names_every_corpus_file() -> None:
    assert sorted(MANIFEST) == sorted(p.name for p in CORPUS.iterdir() if p.name != "MANIFEST.json")


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_corpus_file(rules: Path, name: str) -> None:
    expected = MANIFEST[name]
    target = rules / expected["target"]
    original = target.read_bytes()
    target.write_bytes((CORPUS / name).read_bytes())
    try:
        check = CliRunner().invoke(main, ["kb", "check", str(rules), "--lang", "en"])
        evaluate = CliRunner().invoke(
            main, ["questions", "--rules", str(rules), "--lang", "en"], env={"LC_ALL": "en_US.UTF-8"}
        )
        chinese = CliRunner().invoke(main, ["kb", "check", str(rules), "--lang", "zh"])
    finally:
        target.write_bytes(original)
    where = f"{rules}/{expected['target']}:{expected['line']}:{expected['column']}: "
    assert check.exit_code == 4 and "Traceback" not in check.output
    lines = check.output.splitlines()
    assert len(lines) == 2 and lines[-1] == "1 errors, 0 warnings", check.output  # no follow-on findings
    assert lines[0].startswith(where + "error: ") and expected["message"] in lines[0]
    assert evaluate.exit_code == 4 and "Traceback" not in evaluate.output
    assert re.fullmatch(
        rf"diagnose: the knowledge base has errors and cannot be used: {re.escape(where)}.*\n", evaluate.output
    )
    # the same finding for a Chinese reader: its words in Chinese, none of the English message left
    first = chinese.output.splitlines()[0]
    assert chinese.exit_code == 4 and first.startswith(where + "错误: ")
    assert expected["message"] not in first and re.search("[\u4e00-\u9fff]", first.removeprefix(where)), first


# A small knowledge base (one questionnaire section, one mechanism) and a diagnosis file made of any
# YAML tree: strings near the real keys and ids, numbers, nesting. Loading gives findings, never raises.
KEYS = ["id", "title", "zh", "en", "signs", "when", "q", "gte", "all", "not", "certainty", "references",
        "source", "quote", "locator", "severity", "watch", "recommends", "mechanism", "status", "sign", "in"]  # fmt: skip
SCALARS = (
    st.sampled_from([*KEYS, "grid_in_use", "grid_patrol_time_pct", "gongtong_dizao", "xu_etal2025", "stable", ""])
    | st.integers(-10, 200)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.booleans()
    | st.none()
)
TREES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(KEYS), inner, max_size=5),
    max_leaves=25,
)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("small") / "rules"
    for sub in ("questionnaire", "diagnoses", "mechanisms"):
        (root / sub).mkdir(parents=True)
    for name in ("kb.yaml", "sources.yaml", "questionnaire/grid.yaml", "mechanisms/gongtong_dizao.yaml"):
        shutil.copy(RULES / name, root / name)
    return root


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tree=TREES)
def test_any_yaml_tree_as_a_diagnosis_gives_findings(small: Path, tree: object) -> None:
    path = small / "diagnoses" / "fuzzed.yaml"
    path.write_text(yaml.safe_dump(tree, allow_unicode=True), encoding="utf-8")
    kb, findings = load_with_findings(small)
    errors = [f for f in findings if f.level == "error"]
    assert kb is None and errors  # no tree of this shape is a whole diagnosis
    for f in findings:
        assert f.message and "\n" not in str(f).rstrip()
        if f.file == "diagnoses/fuzzed.yaml":
            assert f.line is not None and f.column is not None, str(f)
