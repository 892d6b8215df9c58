"""The ground floor: what every other part of the advisor may use.

Errors and their exit codes, number checks and money formatting, the Wilson interval, the app's
folders (platformdirs), atomic writes and size-limited reads, regexes with a time limit, safe
terminal output, logging and settings. It imports nothing from the rest of ``advisor``, and no
third-party package at import time.
"""
