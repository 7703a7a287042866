"""The rules engine's C extension could not be loaded: the error, and the command that fixes it.

Kept apart from host.py so that the CLI can catch the error without importing the engine that failed.
"""

from __future__ import annotations

import sys

from diagnose.i18n import t

# The pin in pyproject.toml, and the define that lets it build on Python 3.13, which removed PyEval_CallObject from
# the C API (docs/install.md). --no-cache-dir: pip would otherwise reinstall a cached wheel built without it.
DURABLE_RULES = "durable-rules==2.0.28"
CPPFLAGS = "-DPyEval_CallObject=PyObject_CallObject"
# A documented exit status of its own: nothing can be evaluated, and it is the installation, not the input.
EXIT_STATUS = 5


def fix_command(python: str = sys.executable) -> str:
    """The shell command that rebuilds durable-rules for `python` (the interpreter running now)."""
    import shlex  # only when the message is shown

    pip = f"{shlex.quote(python)} -m pip install --force-reinstall --no-deps --no-cache-dir {DURABLE_RULES}"
    return f'CPPFLAGS="{CPPFLAGS}" {pip}'


class EngineUnavailable(ImportError):
    """durable-rules (its C extension `durable_rules_engine`) failed to import."""

    def __init__(self, cause: ImportError) -> None:
        # The loader's own words, without the long path of the .so that comes before them.
        detail = str(cause).splitlines()[0] if str(cause) else type(cause).__name__
        self.detail = detail.rsplit(".so: ", 1)[-1]
        super().__init__(self.message("en"))

    def message(self, lang: str) -> str:
        """One line in `lang`: what failed and the command that fixes it."""
        return t("engine_unavailable", lang, detail=self.detail, command=fix_command())
