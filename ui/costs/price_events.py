"""One signal for "the price table in force changed", so every screen prices with the same table."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class PriceEvents(QObject):
    changed = Signal()  # the user saved their own table, or went back to the shipped one


price_events = PriceEvents()
