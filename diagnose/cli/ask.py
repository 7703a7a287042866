"""`diagnose ask`: the consultation in the terminal."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from diagnose.cli.common import chosen_lang, diagnosis_id, lang_option, load_kb, rules_option
from diagnose.io.errors import USAGE, UserError


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
    "--force",
    is_flag=True,
    help="Overwrite the --save file even if it exists and is not the one resumed (otherwise refused).",
)
@click.option(
    "--all",
    "ask_all",
    is_flag=True,
    help="Ask every relevant question, not only those that can still change a conclusion; follow-ups of a "
    "question answered unknown are asked in place, not deferred to the end.",
)
@click.option(
    "--focus",
    "focus",
    default=None,
    metavar="ID[,ID…]",
    help="Ask only what can change these diagnoses (聚焦诊断), e.g. a quick check of the four headline ones: "
    "grid_asymmetry,pseudo_innovation,digital_burden,over_expansion. Deferred follow-ups (see above) are "
    "those that can change these diagnoses.",
)
@lang_option
@rules_option
def ask(
    save_path: Path | None,
    resume_path: Path | None,
    force: bool,
    ask_all: bool,
    focus: str | None,
    lang: str | None,
    rules_dir: Path | None,
) -> None:
    """Answer the questionnaire in the terminal (问卷咨询) and leave with the cited report.

    Asks section by section, and only what can still change a conclusion (MYCIN-style); at any prompt:
    ? help · why (为什么) · back (返回) · skip (跳过) · review (回顾) · note … (备注) · quit (退出).
    Follow-ups of a question answered unknown (暂缓的追问) wait for one prompt at the end: yes (是) asks
    them, Enter or no (否) skips them; a resumed consultation offers them again.
    Answers are saved atomically after every answer in the `evaluate` input format, so `diagnose evaluate` on the saved file gives the same report. Without
    a terminal, answers are read line by line from stdin. An existing --save file other than the one
    resumed is never overwritten without --force. If a save fails (a full disk), the answer is kept
    and saving tried again; if it still fails at the end, the answers are printed.

    Exit status: 0 finished, or left with `quit` or at end of input; 2 usage error (e.g. the --save
    file exists); 3 the answers could not be saved; 4 knowledge base error; 130 interrupted (the
    answers are saved first).

    \b
    Examples:
      diagnose ask --lang zh --save qingyuan.json
      diagnose ask --resume qingyuan.json
    """
    from diagnose.consult import saving, terminal
    from diagnose.consult.machine import Consultation

    lang = chosen_lang(lang)
    target = save_path or resume_path or Path("diagnose-answers.json")
    saving.refuse_overwrite(target, resume_path, force, lang)
    kb = load_kb(rules_dir)
    focused = frozenset(diagnosis_id(kb, d.strip()) for d in focus.split(",") if d.strip()) if focus else None
    c = Consultation(kb, lang, ask_all=ask_all, focus=focused)
    if resume_path is not None:
        try:
            terminal.resume(c, resume_path)
        except ValueError as e:
            raise UserError(str(e), USAGE) from None  # one line, in the user's language
    sys.exit(terminal.main(c, target))
