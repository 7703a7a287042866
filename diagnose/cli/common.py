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
from diagnose.i18n import LANGS

if TYPE_CHECKING:
    from diagnose.knowledge.base import KnowledgeBase


class UsageError(click.UsageError):
    exit_code = 2


class BrokenKnowledgeBase(click.ClickException):
    """Exit 2, like a usage error: nothing can be evaluated (exit 1 means some records failed)."""

    exit_code = 2


def rules_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--rules",
        "rules_dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help="Knowledge-base directory (知识库目录) to use instead of the bundled one.",
    )(f)


def lang_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--lang",
        type=click.Choice(LANGS),
        default=None,
        help="Language of the output (输出语言): zh or en; default from the locale, Chinese if none.",
    )(f)


def load_kb(rules_dir: Path | None) -> KnowledgeBase:
    from diagnose.knowledge.base import KnowledgeBaseError
    from diagnose.knowledge.load import load

    try:
        return load(rules_dir)
    except KnowledgeBaseError as e:
        lines = "\n".join(f"  {f}" for f in e.findings)
        raise BrokenKnowledgeBase(f"the knowledge base (知识库) is broken:\n{lines}") from None


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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="county-diagnose")
def main() -> None:
    """Diagnose a county's grassroots governance (县域基层治理诊断) from its answers to a questionnaire,
    with every conclusion cited verbatim from five research papers.

    \b
    Example:
      diagnose evaluate examples/multi_diagnosis.json --format text --lang en
    """
