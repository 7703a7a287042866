"""One version: pyproject.toml's, read from the installed package's metadata as `diagnose.__version__`."""

from __future__ import annotations

import importlib.metadata
import tomllib

import pytest
from conftest import ROOT

import diagnose


def pyproject_version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


def test_version_is_the_one_in_pyproject() -> None:
    # the checkout is installed (editable) by `make test`, which re-installs it when pyproject.toml changes
    assert diagnose.__version__ == pyproject_version()


def test_version_is_not_the_knowledge_base_s(kb) -> None:  # type: ignore[no-untyped-def]
    assert diagnose.__version__ != kb.meta.version  # two things, both shown in reports


def test_never_installed_source_tree_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> str:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "version", missing)
    monkeypatch.delattr(diagnose, "__version__", raising=False)  # read again on next use
    assert diagnose.__version__ == diagnose.UNKNOWN_VERSION
    monkeypatch.undo()
    monkeypatch.delattr(diagnose, "__version__", raising=False)
    assert diagnose.__version__ == pyproject_version()


def test_other_attributes_are_still_missing() -> None:
    with pytest.raises(AttributeError):
        diagnose.no_such_thing  # noqa: B018
