"""The wheel carries the knowledge base: an installed (not editable) `diagnose` works away from the repo."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import RULES

ROOT = RULES.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # build from a copy, so that no build/ folder is left in (or reused from) the checkout
    source = tmp_path_factory.mktemp("source") / "county-diagnose"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".venv", "build", "dist", ".git", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis"
        ),
    )
    r = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(source)],
        capture_output=True,
        text=True,
        check=False,
    )
    if r.returncode != 0:
        pytest.fail(r.stdout + r.stderr)
    [path] = out.glob("county_diagnose-*.whl")
    return path


def test_wheel_contains_every_rule_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {f"diagnose/rules/{p.relative_to(RULES).as_posix()}" for p in RULES.rglob("*.yaml")}
    assert expected and expected <= names


def test_installed_wheel_evaluates_outside_the_repo(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    example = (ROOT / "examples" / "multi_diagnosis.json").read_text(encoding="utf-8")
    code = "import diagnose, sys; from diagnose.cli import main; print(diagnose.__file__, file=sys.stderr); main()"
    r = subprocess.run(
        [sys.executable, "-c", code, "evaluate", "-", "--lang", "en"],
        input=example,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(target)},
        check=False,
    )
    assert r.returncode == 0, r.stderr
    assert str(target) in r.stderr  # the installed copy ran, not the checkout
    assert len(json.loads(r.stdout)["diagnoses"]) == 4
