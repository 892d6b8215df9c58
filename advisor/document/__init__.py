"""The assessment file (``*.fta.json``): load, validate, migrate, save, lock and recover.

The file is an aggregate over the domains, so validation asks each one's declarations (questions,
cost inputs, expectations, run records). Saving is atomic, a v1 file is migrated on load, and a
second window is kept out by a lock. It may import ``advisor.decision`` and everything below;
it and ``advisor.report`` stay independent of each other.
"""
