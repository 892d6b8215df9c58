"""The recommendation summary: one section model rendered as text, Markdown, JSON and HTML.

The HTML feeds the window's print preview and the PDF. It may import ``advisor.document`` and
everything below it, never ``advisor.cli``.
"""
