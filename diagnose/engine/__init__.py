"""Deciding: the knowledge base compiled into a durable_rules ruleset (host, fact encoding, compiled ruleset)
and the direct evaluator it is tested against. To change how a diagnosis is decided, open this folder.
"""
