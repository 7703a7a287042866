"""Read one rule file's YAML, refusing what a hand-edited rule file must never silently do.

PyYAML on its own lets the second of two equal keys win without a word, reads `.nan` and `.inf` as
numbers a threshold could hold, and expands aliases without limit: a few lines of nested aliases
(a "billion laughs") took 72 s and 3.7 GB to validate, and an alias inside its own anchor built a
self-containing list that ended in RecursionError. Here each of these is a problem with its line and
column. libyaml's C parser still does the reading (several times faster than pure Python); the
aliases are counted on its event stream, and only in files that may define an anchor at all.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode

from diagnose.knowledge.say import Said, both, say

# libyaml's C loader (same safe subset) where PyYAML was built with it
SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Nodes a file may hold once every alias is expanded. The largest bundled rule file holds about
# 600, so this leaves room for any hand-written file while a billion laughs stops at once.
MAX_NODES = 50_000

MERGE_TAG = "tag:yaml.org,2002:merge"
STR_TAG = "tag:yaml.org,2002:str"
# an anchor (`&name`) stands at the start of a line or after a space or a flow indicator; text that
# has none cannot define one ("He & Zhao" does not), so only such files are scanned for aliases
ANCHOR = re.compile(r"(?:^|[\s\[\]{},:])&\S", re.MULTILINE)


@dataclass(frozen=True)
class YamlProblem:
    line: int  # 1-based
    column: int  # 1-based
    message: str


class YamlFileError(Exception):
    def __init__(self, problems: list[YamlProblem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


def _at(mark: Any, message: str) -> YamlProblem:
    return YamlProblem(mark.line + 1, mark.column + 1, message) if mark is not None else YamlProblem(1, 1, message)


def _distinct_text_keys(node: MappingNode) -> bool:
    """Keys that are all text and all different as written cannot collide (the common case, checked
    fast); anything else (`1` and `0x1`, a merge) is checked key by key, as built."""
    keys = [k.value for k, _ in node.value if k.tag == STR_TAG]
    return len(keys) == len(node.value) and len(set(keys)) == len(keys)


class _Loader(SAFE_LOADER):
    """The safe loader, noting duplicate keys, non-finite numbers and oversized integers as it builds."""

    problems: list[YamlProblem]

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        if isinstance(node, MappingNode) and not _distinct_text_keys(node):
            seen: dict[Any, Node] = {}
            for key_node, _ in node.value:
                if not isinstance(key_node, ScalarNode) or key_node.tag == MERGE_TAG:
                    continue
                key = self.construct_object(key_node)
                first = seen.setdefault(key, key_node)
                if first is not key_node:
                    self.problems.append(
                        _at(
                            key_node.start_mark,
                            say("duplicate_key", key=key, line=first.start_mark.line + 1),
                        )
                    )
        return super().construct_mapping(node, deep)

    def construct_finite_float(self, node: ScalarNode) -> float:
        try:
            value = float(self.construct_yaml_float(node))
        except (ValueError, IndexError):  # `!!float ""`, `!!float abc`: PyYAML does not check
            self.problems.append(_at(node.start_mark, say("not_a_number", value=node.value)))
            return 0.0
        if not math.isfinite(value):
            self.problems.append(_at(node.start_mark, say("not_finite", value=node.value)))
        return value

    def construct_bounded_int(self, node: ScalarNode) -> int:
        try:
            return int(self.construct_yaml_int(node))
        except (ValueError, IndexError):  # `!!int ""`, or beyond Python's 4,300-digit limit for int()
            value = node.value[:20]
            what = (
                say("int_too_long", value=value, digits=len(node.value))
                if len(node.value) > 4000
                else say("not_whole_number", value=value)
            )
            self.problems.append(_at(node.start_mark, what))
            return 0

    def construct_checked(self, node: Node) -> Any:
        """Timestamps and binary given by an explicit tag (`!!timestamp yesterday`): PyYAML's builders
        fail on bad values in assorted ways (AttributeError, binascii.Error...); here, a problem."""
        try:
            return self.yaml_constructors[f"unchecked:{node.tag}"](self, node)
        except Exception:  # noqa: BLE001 - whatever the builder raised, the value is wrong
            self.problems.append(
                _at(node.start_mark, say("not_valid_tagged", value=str(node.value)[:20], tag=node.tag.split(":")[-1]))
            )
            return None


_Loader.add_constructor("tag:yaml.org,2002:float", _Loader.construct_finite_float)
_Loader.add_constructor("tag:yaml.org,2002:int", _Loader.construct_bounded_int)
for _tag in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:binary"):
    _Loader.add_constructor(f"unchecked:{_tag}", _Loader.yaml_constructors[_tag])
    _Loader.add_constructor(_tag, _Loader.construct_checked)


def _check_aliases(text: str) -> None:
    """Refuse an alias inside its own anchor, and aliases that expand the file past MAX_NODES."""
    sizes: dict[str, int] = {}  # anchor → nodes it stands for, expanded
    open_: list[list[Any]] = []  # collections being read: [anchor, nodes so far]
    total = 0
    for ev in yaml.parse(text, Loader=SAFE_LOADER):
        if isinstance(ev, yaml.CollectionStartEvent):
            open_.append([ev.anchor, 1])
            total += 1
            continue
        if isinstance(ev, yaml.CollectionEndEvent):
            anchor, n = open_.pop()
            if anchor is not None:
                sizes[anchor] = n
            if open_:
                open_[-1][1] += n
            continue
        if isinstance(ev, yaml.AliasEvent):
            if any(anchor == ev.anchor for anchor, _ in open_):
                raise YamlFileError([_at(ev.start_mark, say("alias_in_own_anchor", anchor=ev.anchor))])
            n = sizes.get(ev.anchor or "", 1)  # an undefined alias is the loader's to report
        elif isinstance(ev, yaml.ScalarEvent):
            n = 1
            if ev.anchor is not None:
                sizes[ev.anchor] = 1
        else:
            continue
        total += n
        if open_:
            open_[-1][1] += n
        if total > MAX_NODES:
            raise YamlFileError(
                [
                    _at(
                        ev.start_mark,
                        say("alias_bomb", limit=f"{MAX_NODES:,}"),
                    )
                ]
            )


def read(text: str) -> Any:
    """The data of one YAML document; YamlFileError listing every problem with its position."""
    try:
        if "&" in text and ANCHOR.search(text):  # no anchor, no alias can expand
            _check_aliases(text)
        loader = _Loader(text)
        loader.problems = []
        try:
            data = loader.get_single_data()
        finally:
            loader.dispose()
    except YamlFileError:
        raise
    except yaml.reader.ReaderError as e:  # a character YAML forbids (NUL, other controls): no mark, an index
        raise YamlFileError([_forbidden_character(text, e)]) from None
    except yaml.MarkedYAMLError as e:
        what = "; ".join(x for x in (e.context, e.problem) if x) or "not valid YAML"
        raise YamlFileError(
            [_at(e.problem_mark or e.context_mark, say("not_yaml", what=_parser_words(what)))]
        ) from None
    except yaml.YAMLError as e:
        raise YamlFileError([YamlProblem(1, 1, say("not_yaml", what=str(e)))]) from None
    except RecursionError:  # only the pure-Python loader recurses; libyaml stops at 1,000 levels itself
        raise YamlFileError([YamlProblem(1, 1, say("not_yaml", what=say("nested_too_deeply")))]) from None
    except Exception as e:  # noqa: BLE001 - anything else PyYAML raises on odd input is this file's fault
        raise YamlFileError([YamlProblem(1, 1, say("not_yaml", what=str(e)))]) from None
    if loader.problems:
        raise YamlFileError(loader.problems)
    return data


# PyYAML's commonest complaints, for a Chinese reader (its context words, e.g. "while scanning a simple
# key", are left out there: the problem and its line say enough); any other keeps PyYAML's English
_PARSER_ZH = [
    (r"found character (?:.* )?that cannot start any token", "此处有不能出现的字符(常见原因:用 Tab 缩进,请改用空格)"),
    (r"mapping values are not allowed here", "此处不允许出现“键: 值”(常见原因:冒号后缺空格,或缩进不对)"),
    (r"could not find expected ':'", "找不到应有的冒号“:”"),
    (r"expected <block end>, but found (.*)", "缩进不一致:此处出现了 {0}"),
    (r"expected (.*), but found (.*)", "此处应为 {0},实为 {1}"),
    (r"found undefined alias (.*)", "别名 {0} 没有定义"),
    (r"found unhashable key", "这个值不能用作键"),
    (r"could not determine a constructor for the tag (.*)", "无法识别标签 {0}"),
    (r"exceeded maximum nesting depth", "嵌套超过最大深度"),
    (r"found unexpected end of stream", "文件意外结束(引号或括号未闭合?)"),
    (r"found unknown escape character (.*)", "未知的转义字符 {0}"),
    (r"found duplicate anchor.*", "锚点重复"),
]


def _parser_words(english: str) -> Said:
    problem = english.split("; ")[-1]
    for pattern, zh in _PARSER_ZH:
        m = re.fullmatch(pattern, problem)
        if m:
            return both(zh=zh.format(*m.groups()), en=english)
    return both(zh=english, en=english)


def _forbidden_character(text: str, e: yaml.reader.ReaderError) -> YamlProblem:
    line = text.count("\n", 0, e.position) + 1
    column = e.position - (text.rfind("\n", 0, e.position) + 1) + 1
    code = e.character if isinstance(e.character, int) else ord(e.character)
    reason = f"{e.reason} (#x{code:04x})"
    zh = f"不允许控制字符(#x{code:04x})" if "control characters" in e.reason else reason
    return YamlProblem(line, column, say("not_yaml", what=both(zh=zh, en=reason)))


def compose(text: str) -> Node | None:
    """The file's node tree, which keeps every value's position (None when it does not parse)."""
    try:
        return yaml.compose(text, Loader=SAFE_LOADER)
    except (yaml.YAMLError, RecursionError):
        return None
