"""The decision: the question bank, the rules and the engine that applies them.

Questions and rules are data (``resources/*.toml``); the engine evaluates them, records every
condition it checked, reads the prompt evidence and finds what would change the verdict. It may
import ``advisor.lab``, ``advisor.costs``, ``advisor.claude`` and ``advisor.core``.
"""
