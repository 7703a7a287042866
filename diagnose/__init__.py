"""county-diagnose: rule-based diagnosis of county grassroots governance (县域基层治理诊断).

`diagnose.__version__` is the installed package's version, read from its metadata (pyproject.toml is the one
place it is written); it is read on first use, so that start-up does not load importlib.metadata.
"""

from __future__ import annotations

DISTRIBUTION = "county-diagnose"
UNKNOWN_VERSION = "0+unknown"  # run from a source tree that was never installed: no metadata to read


def __getattr__(name: str) -> str:
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version(DISTRIBUTION)
    except PackageNotFoundError:
        found = UNKNOWN_VERSION
    globals()["__version__"] = found  # read once: later look-ups find it without calling here
    return found
