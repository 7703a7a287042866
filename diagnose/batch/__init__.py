"""Many records at once (`diagnose evaluate`): each evaluated in order in one process or several (--jobs),
rendered and written as it comes, N records in, N out.
"""
