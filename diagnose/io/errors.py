"""What can go wrong for a user, as exceptions that carry their exit status and a one-line message in the
user's language. The command line turns them (and OSError, interrupts) into that status in one place:
diagnose/cli/common.py.

Exit statuses: 0 all good; 1 some records invalid (the batch completed); 2 usage; 3 input/output error;
4 knowledge-base error; 130 interrupted (Ctrl-C or SIGTERM).
"""

from __future__ import annotations

import errno
import os

from diagnose.i18n import t
from diagnose.io.printable import printable

OK, INVALID, USAGE, IO_ERROR, KB_ERROR, INTERRUPTED = 0, 1, 2, 3, 4, 130
INTERNAL = 70  # a bug in this tool (sysexits' EX_SOFTWARE): one line, never a traceback unless DIAGNOSE_DEBUG=1


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
    return UserError(t("cannot_read", lang, path=printable(str(path)), detail=reason(e, lang)))


def cannot_write(path: object, e: OSError, lang: str) -> UserError:
    return UserError(t("cannot_write", lang, path=printable(str(path)), detail=reason(e, lang)))


# the system's words for the commonest failures, for a Chinese reader (others keep the system's English)
_ERRNO_ZH = {
    errno.ENOENT: "没有这个文件或目录",
    errno.EACCES: "权限不足",
    errno.EPERM: "不允许此操作",
    errno.EISDIR: "这是一个目录",
    errno.ENOTDIR: "路径中有一部分不是目录",
    errno.ENOSPC: "磁盘空间不足",
    errno.EDQUOT: "超出磁盘配额",
    errno.EROFS: "只读文件系统",
    errno.EEXIST: "已存在",
    errno.EPIPE: "管道已断开",
    errno.EIO: "输入/输出错误",
    errno.ENAMETOOLONG: "文件名太长",
    errno.ENXIO: "没有这个设备或地址",
    errno.ELOOP: "符号链接层数过多",
}


def reason(e: OSError, lang: str) -> str:
    if lang != "en" and e.errno in _ERRNO_ZH:
        return _ERRNO_ZH[e.errno]
    return e.strerror or (os.strerror(e.errno) if e.errno else str(e))
