"""The knowledge base (rules/) as validated models: the condition language, loading, `kb check`, coverage and
the readable docs of `kb show` and `diagnose questions`. Everything here reads rules/; nothing here sees a county.
To change what the knowledge base may say (a new field, a new check), open this folder.
"""
