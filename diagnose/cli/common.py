"""What every command shares: the group, the --rules and --lang options, loading the knowledge base, errors."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

# Only click and the message table load at start-up, so `diagnose --help` is quick; each command
# imports the library it needs (the knowledge-base models alone take a fifth of a second to import).
from diagnose.engine.unavailable import EXIT_STATUS as ENGINE_UNAVAILABLE
from diagnose.engine.unavailable import EngineUnavailable
from diagnose.i18n import LANGS, default_lang

if TYPE_CHECKING:
    from diagnose.knowledge.base import KnowledgeBase


class UsageError(click.UsageError):
    exit_code = 2


class BrokenKnowledgeBase(click.ClickException):
    """Exit 4: the rules hold an error `kb check` reports; nothing can be evaluated."""

    exit_code = 4


def rules_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--rules",
        "rules_dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help="Knowledge-base directory (知识库目录) to use instead of the bundled one.",
    )(f)


def _remember_lang(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    ctx.meta["lang"] = value  # shared with the group, which reports an engine that fails to load
    return value


def lang_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--lang",
        type=click.Choice(LANGS),
        default=None,
        callback=_remember_lang,
        help="Language of the output (输出语言): zh or en; default from the locale, Chinese if none.",
    )(f)


def load_kb(rules_dir: Path | None) -> KnowledgeBase:
    from diagnose.knowledge.base import KnowledgeBaseError
    from diagnose.knowledge.load import load

    try:
        return load(rules_dir)
    except KnowledgeBaseError as e:
        raise BrokenKnowledgeBase(e.one_line(default_lang())) from None


@contextmanager
def input_stream(file: str) -> Iterator[IO[bytes]]:
    """FILE opened for reading bytes, or stdin for "-"; a file that cannot be read is a usage error."""
    if file == "-":
        yield sys.stdin.buffer
        return
    try:
        source = open(file, "rb")  # noqa: SIM115 - closed below
    except OSError as e:
        raise UsageError(f"cannot read {file}: {e.strerror}") from None
    with source:
        yield source


def diagnosis_id(kb: KnowledgeBase, did: str) -> str:
    if did not in kb.diagnoses:
        raise UsageError(f"no diagnosis '{did}'; known: {', '.join(kb.diagnoses)}")
    return did


class EngineMissing(click.ClickException):
    """The rules engine cannot be loaded: one line with the command that fixes it, no traceback."""

    exit_code = ENGINE_UNAVAILABLE


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except EngineUnavailable as e:
            raise EngineMissing(e.message(ctx.meta.get("lang") or default_lang())) from None


def _show_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    """The program's one version (package metadata) and the knowledge base's, which is a separate thing."""
    if not value or ctx.resilient_parsing:
        return
    import diagnose
    from diagnose.knowledge.load import default_rules_dir, kb_version

    click.echo(f"diagnose {diagnose.__version__} (knowledge base 知识库 {kb_version(default_rules_dir())})")
    ctx.exit()


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_show_version,
    help="Show the versions and exit.",
)
def main() -> None:
    """Diagnose a county's grassroots governance (县域基层治理诊断) from its answers to a questionnaire,
    with every conclusion cited verbatim from five research papers.

    \b
    Example:
      diagnose evaluate examples/multi_diagnosis.json --format text --lang en
    """
