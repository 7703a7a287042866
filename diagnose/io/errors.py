"""What can go wrong for a user, as exceptions that carry their exit status and a one-line message in the
user's language. The command line turns them (and OSError, interrupts) into that status in one place:
diagnose/cli/common.py.

Exit statuses: 0 all good; 1 some records invalid (the batch completed); 2 usage; 3 input/output error;
4 knowledge-base error; 130 interrupted (Ctrl-C or SIGTERM).
"""

from __future__ import annotations

import os

from diagnose.i18n import t
from diagnose.io.printable import printable

OK, INVALID, USAGE, IO_ERROR, KB_ERROR, INTERRUPTED = 0, 1, 2, 3, 4, 130


class UserError(Exception):
    """A problem the user can fix; `str(e)` is the message, `status` the exit status."""

    status = IO_ERROR

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        if status is not None:
            self.status = status


class Interrupted(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so that every `finally` runs (temporary files removed, answers saved)."""


def cannot_read(path: object, e: OSError, lang: str) -> UserError:
    return UserError(t("cannot_read", lang, path=printable(str(path)), detail=_reason(e)))


def cannot_write(path: object, e: OSError, lang: str) -> UserError:
    return UserError(t("cannot_write", lang, path=printable(str(path)), detail=_reason(e)))


def _reason(e: OSError) -> str:
    return e.strerror or (os.strerror(e.errno) if e.errno else str(e))
