"""The wheel: built and installed without a warning, it holds every subpackage and the knowledge base, and an
installed (not editable) `diagnose` works away from the repo."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import RULES
from test_version import pyproject_version

ROOT = RULES.parent
PACKAGE = ROOT / "diagnose"
WARNING = re.compile(r"warn", re.IGNORECASE)


def pip(*args: str) -> str:
    """pip, verbose (so that the build backend's output is shown), asking no index: there is nothing to fetch."""
    # PYTHONDONTWRITEBYTECODE (set on some machines) makes setuptools warn that it skips byte-compiling
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    r = subprocess.run(
        [sys.executable, "-m", "pip", *args, "-v", "--no-index", "--no-deps"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if r.returncode != 0:
        pytest.fail(r.stdout + r.stderr)
    return r.stdout + r.stderr


def warnings_in(output: str) -> list[str]:
    return [line for line in output.splitlines() if WARNING.search(line)]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The wheel, and what building it printed."""
    out = tmp_path_factory.mktemp("wheel")
    # build from a copy, so that no build/ folder is left in (or reused from) the checkout
    source = tmp_path_factory.mktemp("source") / "county-diagnose"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".venv*", "build", "dist", ".git", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis"
        ),
    )
    printed = pip("wheel", "--no-build-isolation", "-w", str(out), str(source))
    [path] = out.glob("county_diagnose-*.whl")
    return path, printed


@pytest.fixture(scope="module")
def wheel(built: tuple[Path, str]) -> Path:
    return built[0]


def test_wheel_builds_without_a_warning(built: tuple[Path, str]) -> None:
    path, printed = built
    assert "running bdist_wheel" in printed  # the backend's own output is in what was read
    assert warnings_in(printed) == []
    assert path.name == f"county_diagnose-{pyproject_version()}-py3-none-any.whl"


def test_wheel_contains_every_module_of_every_subpackage(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {p.relative_to(ROOT).as_posix() for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts}
    assert len({m.rsplit("/", 1)[0] for m in modules}) > 5  # the package and its subpackages
    assert {n for n in names if n.endswith(".py")} == modules


def test_wheel_contains_every_rule_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {f"diagnose/rules/{p.relative_to(RULES).as_posix()}" for p in RULES.rglob("*") if p.is_file()}
    assert any(name.endswith(".yaml") for name in expected) and "diagnose/rules/README.md" in expected
    assert expected <= names


def test_installed_wheel_evaluates_outside_the_repo(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    assert warnings_in(pip("install", "--target", str(target), str(wheel))) == []
    env = {**os.environ, "PYTHONPATH": str(target)}
    example = (ROOT / "examples" / "multi_diagnosis.json").read_text(encoding="utf-8")
    # the console script pip wrote, run from a folder outside the checkout
    r = subprocess.run(
        [str(target / "bin" / "diagnose"), "evaluate", "-", "--lang", "en"],
        input=example,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=False,
    )
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert len(report["diagnoses"]) == 4
    assert report["tool"] == {"name": "county-diagnose", "version": pyproject_version()}
    # ... and it was the installed copy that ran, every module of it, not the checkout
    code = "import diagnose, diagnose.batch.parallel as p, diagnose.knowledge.load as k; print(p.__file__, k.__file__)"
    where = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert where.returncode == 0, where.stderr
    assert all(Path(f).is_relative_to(target) for f in where.stdout.split())


def test_wheel_contains_the_html_templates(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    templates = PACKAGE / "report" / "templates"
    expected = {f"diagnose/report/templates/{p.name}" for p in templates.iterdir() if p.suffix in (".j2", ".css")}
    assert "diagnose/report/templates/county.html.j2" in expected and "diagnose/report/templates/report.css" in expected
    assert expected <= names
