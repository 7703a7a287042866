"""`diagnose ask`: the consultation in the terminal."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from diagnose.cli.common import UsageError, lang_option, load_kb, rules_option
from diagnose.i18n import default_lang


@click.command()
@click.option(
    "--save",
    "save_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Save answers here after every answer (default: the --resume file, else diagnose-answers.json).",
)
@click.option(
    "--resume",
    "resume_path",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    default=None,
    help="Continue a saved consultation (续答); answered questions are not asked again.",
)
@click.option(
    "--all",
    "ask_all",
    is_flag=True,
    help="Ask every relevant question, not only those that can still change a conclusion.",
)
@lang_option
@rules_option
def ask(
    save_path: Path | None, resume_path: Path | None, ask_all: bool, lang: str | None, rules_dir: Path | None
) -> None:
    """Answer the questionnaire in the terminal (问卷咨询) and leave with the cited report.

    Asks section by section, and only what can still change a conclusion (MYCIN-style); at any prompt:
    ? help · why · back · skip · quit. Answers are saved atomically after every answer in the
    `evaluate` input format, so `diagnose evaluate` on the saved file gives the same report. Without
    a terminal, answers are read line by line from stdin.

    \b
    Examples:
      diagnose ask --lang zh --save qingyuan.json
      diagnose ask --resume qingyuan.json
    """
    from diagnose.consult import terminal
    from diagnose.consult.machine import Consultation

    lang = lang or default_lang()
    kb = load_kb(rules_dir)
    c = Consultation(kb, lang, ask_all=ask_all)
    if resume_path is not None:
        try:
            terminal.resume(c, resume_path)
        except ValueError as e:
            raise UsageError(str(e)) from None
    sys.exit(terminal.main(c, save_path or resume_path or Path("diagnose-answers.json")))
