"""Click's usage errors in the user's language.

Click words its parse errors in English (through gettext, with no Chinese catalogue). The kinds it
raises are few and carry what they are about (the option, the parameter, the value), so each is put
again from those parts; a message of a kind not listed here keeps click's words after a Chinese lead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import click

from diagnose.i18n import t


def explain(e: click.UsageError, lang: str) -> str:
    """The error, its usage line and where to find help, as printed on stderr."""
    ctx = e.ctx
    lines = []
    if ctx is not None:
        usage = ctx.get_usage()
        lines.append(usage.replace("Usage:", t("usage_heading", lang), 1) if lang != "en" else usage)
        if ctx.command.get_help_option(ctx) is not None:
            lines.append(t("usage_try_help", lang, command=ctx.command_path))
        lines.append("")
    lines.append(t("usage_error", lang, message=message(e, lang)))
    return "\n".join(lines)


def message(e: click.UsageError, lang: str) -> str:
    if lang == "en":
        return e.format_message()
    no_such_command = getattr(click.exceptions, "NoSuchCommand", ())  # click 8.4+: it keeps the name
    if isinstance(e, no_such_command):
        near = t("usage_did_you_mean", lang, near=", ".join(e.possibilities)) if e.possibilities else ""
        return t("usage_no_such_command", lang, name=e.command_name) + near
    if isinstance(e, click.NoSuchOption):
        near = t("usage_did_you_mean", lang, near=", ".join(e.possibilities)) if e.possibilities else ""
        return t("usage_no_such_option", lang, option=e.option_name) + near
    if isinstance(e, click.MissingParameter):
        kind = e.param_type or (e.param.param_type_name if e.param is not None else "parameter")
        return t(f"usage_missing_{kind if kind in ('argument', 'option') else 'parameter'}", lang, name=_hint(e))
    if isinstance(e, click.BadParameter):
        return t("usage_bad_value", lang, name=_hint(e), detail=_value_problem(e.message, lang))
    if isinstance(e, click.BadOptionUsage):
        m = re.fullmatch(r"Option '(.+)' requires an argument\.", e.message)
        if m:
            return t("usage_needs_argument", lang, option=m[1])
    return _plain(e.message, lang)


def _hint(e: click.BadParameter | click.MissingParameter) -> str:
    hint: Sequence[str] | str | None = e.param_hint
    if hint is None and e.param is not None:
        hint = e.param.get_error_hint(e.ctx) if e.ctx is not None else e.param.name
    if isinstance(hint, str) or hint is None:
        return hint or ""
    return " / ".join(hint)


# click's own wording of a parameter type's refusal, and of the group's and parser's errors
_VALUE_PROBLEMS = [
    (r"'(?P<value>.*)' is not one of (?P<choices>.*)\.", "usage_not_a_choice"),
    (r"'(?P<value>.*)' is not a valid integer(?: range)?\.", "usage_not_an_integer"),
    (r"'(?P<value>.*)' is not a valid float(?: range)?\.", "usage_not_a_number"),
    (r"(?P<value>.*) is not in the range (?P<range>.*)\.", "usage_out_of_range"),
    (r"(?:File|Directory|Path) '(?P<value>.*)' does not exist\.", "usage_path_missing"),
    (r"(?:File|Directory|Path) '(?P<value>.*)' is a directory\.", "usage_path_is_directory"),
    (r"(?:File|Directory|Path) '(?P<value>.*)' is a file\.", "usage_path_is_file"),
]
_PLAIN = [
    (r"No such command '(?P<name>.*)'\.(?: Did you mean '(?P<near>.*)'\?)?", "usage_no_such_command"),
    (r"Got unexpected extra arguments? \((?P<args>.*)\)", "usage_extra_arguments"),
    (r"Option '(?P<option>.*)' does not take a value\.", "usage_takes_no_value"),
    (r"Missing command\.", "usage_missing_command"),
]


def _value_problem(text: str, lang: str) -> str:
    for pattern, key in _VALUE_PROBLEMS:
        m = re.fullmatch(pattern, text)
        if m:
            return t(key, lang, **m.groupdict())
    return text


def _plain(text: str, lang: str) -> str:
    for pattern, key in _PLAIN:
        m = re.fullmatch(pattern, text)
        if m:
            found = {k: v or "" for k, v in m.groupdict().items()}
            near = found.pop("near", "")
            return t(key, lang, **found) + (t("usage_did_you_mean", lang, near=near) if near else "")
    return text  # our own usage errors are already in the user's language
