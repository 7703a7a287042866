"""Bytes in and out, knowing nothing of governance: reading a batch's records from JSON, a JSON array or JSON
Lines; atomic file writes; the progress line on stderr.
"""
