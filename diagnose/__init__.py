"""county-diagnose: rule-based diagnosis of county grassroots governance (县域基层治理诊断)."""

__version__ = "0.1.0"
