"""Questions asked of a county's result: how each diagnosis was reached and why others were not (explain),
and which answer changes would clear or reach one (what-if).
"""
