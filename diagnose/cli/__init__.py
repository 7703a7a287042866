"""The `diagnose` command line: options parsed, the library called, an output chosen; nothing else.

Each command lives in a module of its own here and imports the library only when it runs, so that
`diagnose --help` loads click and the message table alone.
"""

from __future__ import annotations

from diagnose.cli.ask import ask
from diagnose.cli.common import main
from diagnose.cli.evaluate import evaluate
from diagnose.cli.inspect import explain, whatif
from diagnose.cli.knowledge import kb_group, questions, schema

for command in (evaluate, ask, explain, whatif, schema, questions, kb_group):
    main.add_command(command)

__all__ = ["main"]
