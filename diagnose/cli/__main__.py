"""`python -m diagnose.cli`: the same command line as `diagnose`."""

from diagnose.cli import main

main()
