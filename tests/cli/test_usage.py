"""Usage errors (exit 2) in the user's language: click's own parse errors and the commands' own."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from diagnose.cli import main

EXAMPLE = "examples/well_governed.json"
EN = {"LC_ALL": "en_US.UTF-8"}
# (arguments, what the Chinese message must say, what the English one says)
CASES = [
    (
        ["evaluate", "--format", "xyz", EXAMPLE],
        "'--format' 的取值无效:'xyz' 不在可选值之中",
        "Invalid value for '--format'",
    ),
    (["evaluate", "--fromat", "text"], "没有选项 --fromat。是否应为 --format", "No such option"),
    (["evalute"], "没有命令 'evalute'。是否应为 evaluate?", "No such command 'evalute'"),
    (["--bogus"], "没有选项 --bogus。", "No such option"),
    (["evaluate", "--jobs", "abc", EXAMPLE], "'abc' 不是有效的整数", "'abc' is not a valid integer"),
    (["evaluate", EXAMPLE, "extra"], "多余的参数:extra", "unexpected extra argument"),
    (["explain"], "缺少参数 'FILE'。", "Missing argument 'FILE'"),
    (["evaluate", "--summary"], "选项 --summary 需要一个值。", "requires an argument"),
    (
        ["whatif", EXAMPLE],
        "--clear ID 与 --reach ID 须给出且只给出其中一个",
        "give exactly one of --clear ID or --reach ID",
    ),
    (["whatif", EXAMPLE, "--clear", "nope"], "没有诊断 'nope'", "no diagnosis 'nope'"),
    (["kb", "show", "nope"], "没有编号为 'nope' 的诊断或机制", "no diagnosis or mechanism with id 'nope'"),
]


@pytest.mark.parametrize(("args", "zh", "en"), CASES)
def test_usage_errors_in_either_language(args: list[str], zh: str, en: str) -> None:
    chinese = CliRunner().invoke(main, args, env={"LC_ALL": "zh_CN.UTF-8"})
    assert chinese.exit_code == 2 and zh in chinese.output, chinese.output
    assert "Error" not in chinese.output and "Try '" not in chinese.output
    at = 0 if args[0].startswith("-") else 2 if args[0] == "kb" else 1  # --lang right after the command
    english = CliRunner().invoke(main, [*args[:at], *(["--lang", "en"] if at else []), *args[at:]], env=EN)
    assert english.exit_code == 2 and en in english.output, english.output


def test_lang_on_the_command_line_wins_even_before_click_has_read_it() -> None:
    r = CliRunner().invoke(main, ["evaluate", "--lang", "en", "--format", "xyz"], env={"LC_ALL": "zh_CN.UTF-8"})
    assert r.exit_code == 2 and re.search(r"^Error: Invalid value for '--format'", r.output, re.M)
    r = CliRunner().invoke(main, ["evaluate", "--lang=zh", "--format", "xyz"], env={"LC_ALL": "en_US.UTF-8"})
    assert r.exit_code == 2 and "错误:" in r.output and "用法:" in r.output


def test_a_group_alone_shows_its_help() -> None:
    r = CliRunner().invoke(main, ["kb"])
    assert r.exit_code == 2 and "kb [OPTIONS] COMMAND" in r.output and "错误" not in r.output


def test_a_file_that_cannot_be_read_is_named_with_the_reason_in_chinese() -> None:
    r = CliRunner().invoke(main, ["evaluate", "no_such_county.json"], env={"LC_ALL": "zh_CN.UTF-8"})
    assert r.exit_code == 3 and "无法读取 no_such_county.json:没有这个文件或目录" in r.output
    r = CliRunner().invoke(main, ["evaluate", "no_such_county.json", "--lang", "en"])
    assert r.exit_code == 3 and "cannot read no_such_county.json: No such file or directory" in r.output
