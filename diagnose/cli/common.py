"""What every command shares: the group, the --rules and --lang options, loading the knowledge base, errors."""

from __future__ import annotations

import os
import signal
import sys
import threading
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
    from diagnose.io.errors import KB_ERROR, UserError
    from diagnose.knowledge.base import KnowledgeBaseError
    from diagnose.knowledge.load import load

    try:
        return load(rules_dir)
    except KnowledgeBaseError as e:  # exit 4: the rules hold an error `kb check` reports
        raise UserError(e.one_line(_lang[0] if _lang else default_lang()), KB_ERROR) from None


_lang: list[str] = []  # the language of this run's messages, once a command has chosen it


def chosen_lang(lang: str | None) -> str:
    """The language asked for with --lang, else the locale's; also that of any error message."""
    _lang[:] = [lang or default_lang()]
    return _lang[0]


@contextmanager
def input_stream(file: str) -> Iterator[IO[bytes]]:
    """FILE opened for reading bytes, or stdin for "-"; a file that cannot be read is an input error (3)."""
    from diagnose.io.errors import cannot_read

    if file == "-":
        yield sys.stdin.buffer
        return
    try:
        source = open(file, "rb")  # noqa: SIM115 - closed below
    except OSError as e:
        raise cannot_read(file, e, _lang[0] if _lang else default_lang()) from None
    with source:
        yield source


def diagnosis_id(kb: KnowledgeBase, did: str) -> str:
    if did not in kb.diagnoses:
        raise usage_error("usage_no_diagnosis", id=did, known=", ".join(kb.diagnoses))
    return did


def usage_error(key: str, **args: object) -> UsageError:
    """A command's own usage error (exit 2), in the language of this run."""
    from diagnose.i18n import t

    return UsageError(t(key, _lang[0] if _lang else default_lang(), **args))


def _lang_in(args: list[str]) -> str:
    """--lang as given on the command line, before click has parsed it (a parse error may come first)."""
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args) and args[i + 1] in LANGS:
            return args[i + 1]
        if arg.startswith("--lang=") and arg[7:] in LANGS:
            return arg[7:]
    return default_lang()


class Main(click.Group):
    """The `diagnose` group: whatever goes wrong ends in its exit status and one line on stderr, in
    the user's language, never a traceback (the statuses: diagnose/io/errors.py)."""

    def main(self, args: Any = None, *rest: Any, **extra: Any) -> Any:
        self._args = list(sys.argv[1:] if args is None else args)
        _lang.clear()  # chosen afresh by each run's command (tests run many in one process)
        return super().main(args, *rest, **extra)

    def make_context(self, info_name: str | None, args: list[str], *rest: Any, **extra: Any) -> click.Context:
        try:
            return super().make_context(info_name, args, *rest, **extra)
        except click.UsageError as e:  # `diagnose --bogus`: the group's own options
            self._usage(e)
            raise

    def _usage(self, e: click.UsageError) -> None:
        from diagnose.cli.usage import explain
        from diagnose.io.errors import USAGE

        if isinstance(e, click.exceptions.NoArgsIsHelpError):  # `diagnose kb` alone: its help
            e.show()
        else:
            lang = _lang[0] if _lang else _lang_in(getattr(self, "_args", []))
            click.echo(explain(e, lang), err=True)
        sys.exit(USAGE)

    def invoke(self, ctx: click.Context) -> Any:
        from diagnose.i18n import t
        from diagnose.io import errors

        lang = lambda: _lang[0] if _lang else default_lang()  # noqa: E731 - chosen by the command meanwhile
        terminated = _raise_on_sigterm()
        try:
            return super().invoke(ctx)
        except click.UsageError as e:
            self._usage(e)
        except errors.UserError as e:
            _fail(str(e), e.status)
        except EngineUnavailable as e:  # the rules engine cannot be loaded: the command that fixes it
            _fail(e.message(ctx.meta.get("lang") or lang()), ENGINE_UNAVAILABLE)
        except KeyboardInterrupt:
            _fail(t("interrupted", lang()), errors.INTERRUPTED)
        except OSError as e:  # e.g. stdout closed by the program reading it
            _fail(str(errors.cannot_write("stdout" if e.filename is None else e.filename, e, lang())), errors.IO_ERROR)
        except (click.exceptions.Exit, click.Abort, click.ClickException):
            raise  # click's own ways out: it prints and exits as it should
        except Exception as e:  # a bug of ours: one line naming it, the traceback only on request
            if os.environ.get("DIAGNOSE_DEBUG"):
                raise
            _fail(t("internal_error", lang(), kind=type(e).__name__, detail=str(e)[:300]), errors.INTERNAL)
        finally:
            if terminated is not None:
                signal.signal(signal.SIGTERM, terminated)


def _raise_on_sigterm() -> Any:
    """SIGTERM raised as an interrupt (so temporary files go and answers are saved); the old handler."""
    from diagnose.io.errors import Interrupted

    def interrupt(signum: int, frame: object) -> None:
        raise Interrupted

    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, interrupt)


def _fail(message: str, status: int) -> None:
    from diagnose.io.printable import printable

    try:
        sys.stdout.flush()
    except OSError:  # the reader of stdout has gone: nothing more is written there
        _discard_stdout()
    click.echo(f"diagnose: {printable(message)}", err=True)
    sys.exit(status)


def _discard_stdout() -> None:
    import os

    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _show_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    """The program's one version (package metadata) and the knowledge base's, which is a separate thing."""
    if not value or ctx.resilient_parsing:
        return
    import diagnose
    from diagnose.knowledge.load import default_rules_dir, kb_version

    click.echo(f"diagnose {diagnose.__version__} (knowledge base 知识库 {kb_version(default_rules_dir())})")
    ctx.exit()


@click.group(cls=Main, context_settings={"help_option_names": ["-h", "--help"]})
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

    Exit status (退出状态): 0 all good; 1 some records invalid (the batch completed); 2 usage error;
    3 input/output error (a file cannot be read or written; any previous output is left whole);
    4 knowledge base error; 130 interrupted (Ctrl-C or SIGTERM). `ask` ending at end of input or
    `quit` is 0.
    """
