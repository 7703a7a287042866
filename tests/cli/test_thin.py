"""The CLI stays thin: small modules, short command bodies; the README stays short."""

from __future__ import annotations

import ast
from pathlib import Path

import click

from diagnose.cli import main

ROOT = Path(__file__).resolve().parents[2]
CLI = ROOT / "diagnose" / "cli"
MAX_MODULE_LINES = 250
MAX_BODY_LINES = 30


def _commands(group: click.Group) -> list[click.Command]:
    out: list[click.Command] = []
    for command in group.commands.values():
        out += _commands(command) if isinstance(command, click.Group) else [command]
    return out


def test_no_cli_module_is_long() -> None:
    lengths = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in CLI.glob("*.py")}
    assert lengths and max(lengths.values()) <= MAX_MODULE_LINES, lengths


def test_every_command_body_is_short() -> None:
    """Counted without the docstring: parsing options, calling the library and choosing an output fit in 30 lines."""
    names = {c.callback.__name__ for c in _commands(main) if c.callback is not None}
    long: dict[str, int] = {}
    for path in CLI.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name in names:
                body = node.body[1:] if ast.get_docstring(node) else node.body
                lines = body[-1].end_lineno - body[0].lineno + 1  # type: ignore[operator]
                if lines > MAX_BODY_LINES:
                    long[node.name] = lines
    assert len(names) >= 10 and not long, long


def test_every_command_is_found_by_the_check_above() -> None:
    found = {
        node.name
        for path in CLI.glob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef)
    }
    assert {c.callback.__name__ for c in _commands(main) if c.callback is not None} <= found


def test_readme_stays_short() -> None:
    """Long material lives in docs/ and in command help (issue: a README a user reads in one sitting)."""
    assert len((ROOT / "README.md").read_text(encoding="utf-8").splitlines()) < 200


def test_readme_links_resolve() -> None:
    import re

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)#]+)\)", text)
    assert links
    missing = [link for link in links if not (ROOT / link).exists()]
    assert not missing, missing


def test_every_subpackage_says_what_it_owns() -> None:
    for init in (ROOT / "diagnose").glob("*/__init__.py"):
        if init.parent.name == "rules":
            continue
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and len(doc) > 80, init
