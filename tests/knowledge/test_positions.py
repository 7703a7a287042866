"""Positions: a finding's path inside its file becomes line and column, only when findings are shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from diagnose.knowledge.findings import Finding
from diagnose.knowledge.positions import node_at, place
from diagnose.knowledge.yaml_read import compose

TEXT = """\
id: x
signs:
  - id: one
    when: {q: a, gte: 60}
    references:
      - source: s
  - id: two
    when:
      all:
        - {q: b, eq: true}
"""


@pytest.mark.parametrize(
    ("path", "at_key", "where"),
    [
        (("id",), False, (1, 5)),  # a scalar value: at the value
        (("id",), True, (1, 1)),  # a key that is itself the problem (misspelt)
        (("signs",), False, (2, 1)),  # a block: at its key
        (("signs", 0, "when", "gte"), False, (4, 23)),
        (("signs", 1, "when", "all", 0, "q"), False, (10, 15)),
        (("signs", 0, "references", 0, "source"), False, (6, 17)),
        (("signs", 0, "nope"), False, (3, 5)),  # a missing key: at the entry that lacks it
        (("signs", 7), False, (3, 3)),  # no such item: at the list
        ((), False, (1, 1)),
    ],
)
def test_node_at(path: tuple, at_key: bool, where: tuple[int, int]) -> None:
    root = compose(TEXT)
    assert root is not None
    mark = node_at(root, path, at_key).start_mark
    assert (mark.line + 1, mark.column + 1) == where


def test_place_reads_only_files_with_findings_and_names_them_from_the_users_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "diagnoses").mkdir()
    (tmp_path / "diagnoses" / "x.yaml").write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path.parent)
    placed = place(
        [
            Finding("diagnoses/x.yaml", "signs.two.when", "m", path=("signs", 1, "when", "all", 0, "q")),
            Finding("questionnaire/", "", "missing folder"),
        ],
        tmp_path,
    )
    assert str(placed[0]).startswith(f"{tmp_path.name}/diagnoses/x.yaml:10:15: error: signs.two.when: m")
    assert str(placed[1]) == f"{tmp_path.name}/questionnaire/: error: missing folder"
