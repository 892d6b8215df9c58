"""The prompt lab: requests, expectations, grading, test sets and runs.

Builds the requests (contract section 5), checks replies against the expectation registry, runs a
test set on a model directly or through Message Batches, imports test sets (CSV, JSONL, promptfoo)
and keeps the run history. It may import ``advisor.claude``, ``advisor.costs`` and ``advisor.core``.
"""
