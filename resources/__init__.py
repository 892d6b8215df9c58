"""The data Fine-Tune Advisor ships: questions, rules, prices, the example, icons, desktop files.

Installed as the package ``advisor._resources`` (see pyproject.toml), so that the app finds them
through importlib.resources wherever it is installed; this file makes that a regular package.
"""
