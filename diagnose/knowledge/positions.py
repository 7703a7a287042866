"""Line and column for findings: each file with a finding is composed again, this time keeping positions.

Loading never needs positions (it reads the parsed-YAML cache, or YAML straight to data); they are
looked up only for findings about to be shown, so the fast path stays fast.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from diagnose.knowledge.findings import Finding, Path_
from diagnose.knowledge.yaml_read import compose


def node_at(root: Node, path: Path_, at_key: bool = False) -> Node:
    """The node a path names, or the deepest node on the way to it. A key's problem is shown at the
    key when its value is a block (a list or mapping spans lines) or `at_key`, else at the value."""
    node = root
    for i, step in enumerate(path):
        if isinstance(node, MappingNode):
            pair = next((kv for kv in node.value if isinstance(kv[0], ScalarNode) and kv[0].value == str(step)), None)
            if pair is None:
                return node
            key, value = pair
            if i == len(path) - 1 and (at_key or not isinstance(value, ScalarNode)):
                return key
            node = value
        elif isinstance(node, SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
            node = node.value[step]
        else:
            return node
    return node


def shown_root(root: Path) -> str:
    """The knowledge base's folder as the user would type it: relative to here when it is below here."""
    rel = os.path.relpath(root)
    return str(root) if rel.startswith("..") else rel


def place(findings: list[Finding], root: Path) -> list[Finding]:
    """The findings with their files named from the user's folder, and line:column where known."""
    base = shown_root(root)
    trees: dict[str, Node | None] = {}
    out = []
    for f in findings:
        if f.file and f.path is not None and f.line is None:
            if f.file not in trees:
                try:
                    trees[f.file] = compose((root / f.file).read_text(encoding="utf-8"))
                except (OSError, UnicodeDecodeError):  # changed since it was loaded: shown without a line
                    out.append(dataclasses.replace(f, shown_file=os.path.join(base, f.file)))
                    continue
            tree = trees[f.file]
            if tree is not None:
                mark = node_at(tree, f.path, f.at_key).start_mark
                f = dataclasses.replace(f, line=mark.line + 1, column=mark.column + 1)
            else:  # an empty document: its problem is at its start
                f = dataclasses.replace(f, line=1, column=1)
        shown = f.shown_file or (os.path.join(base, f.file) if f.file else base)  # a preset one names no rule file
        out.append(dataclasses.replace(f, shown_file=shown))
    return out
