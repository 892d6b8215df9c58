"""The cost projection: the API path against the fine-tuning path, month by month.

The cost inputs declared once (type, default, range, help), the price table, the projection
(contract section 4), its sensitivity, the figures derived from the answers, presets, tables (text,
CSV) and the charts (matplotlib, imported only when a chart is drawn). It may import
``advisor.core`` only.
"""
