"""Settings → API key: where the key lives, its last four characters, replace, delete, test.

The key is typed into a password field that cannot copy, drag or show a context menu, is
cleared as soon as it is saved, and is never put in a label: screens show ``••••abcd`` only.
With no secure store (or a locked one) the dialog says so plainly and offers to keep the key
in memory for this session only; it never falls back to a file.
"""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from advisor.claude import keystore
from advisor.claude.keystore import KeyStoreUnavailable
from ui.workers import Task, run_task

log = logging.getLogger(__name__)

OK_STYLE = "color: #007a55;"
PROBLEM_STYLE = "color: #b3261e;"
MUTED_STYLE = "color: palette(placeholder-text);"


class KeyEvents(QObject):
    """Tells every screen that the key in force may have changed (saved, deleted, session)."""

    changed = Signal()


key_events = KeyEvents()


class SecretLineEdit(QLineEdit):
    """A password field the key cannot leave: no copy, cut, drag or context menu."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setDragEnabled(False)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)  # no IME history

    def copy(self) -> None:  # noqa: D102 - Qt already refuses in Password mode; belt and braces
        return

    def cut(self) -> None:
        return


class ApiKeyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Anthropic API key"))
        self.setMinimumWidth(560)
        self._task: Task | None = None
        self._session_offered = False  # saving failed: offer the in-memory fallback too

        heading = QLabel(self.tr("<h3>Anthropic API key</h3>"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Key in use"))
        self.env_note = QLabel()
        self.env_note.setWordWrap(True)
        self.env_note.setStyleSheet(MUTED_STYLE)
        self.store_label = QLabel()
        self.store_label.setWordWrap(True)
        self.store_label.setAccessibleName(self.tr("Key store"))

        self.key_field = SecretLineEdit()
        self.key_field.setPlaceholderText(self.tr("Paste a new key (sk-ant-…)"))
        self.key_field.setAccessibleName(self.tr("New API key"))
        self.key_field.textChanged.connect(self._update_buttons)
        self.save_button = QPushButton(self.tr("&Save key"))
        self.save_button.clicked.connect(self.save_key)
        self.session_button = QPushButton(self.tr("Use for this &session only"))
        self.session_button.setToolTip(self.tr("Keep the key in memory until the app closes; it is never saved."))
        self.session_button.clicked.connect(self.use_for_session)
        field_row = QHBoxLayout()
        field_row.addWidget(self.key_field, 1)
        field_row.addWidget(self.save_button)
        field_row.addWidget(self.session_button)

        self.test_button = QPushButton(self.tr("&Test key"))
        self.test_button.setToolTip(self.tr("Ask the Claude API which models this key may use."))
        self.test_button.clicked.connect(self.test_key)
        self.delete_button = QPushButton(self.tr("&Delete key"))
        self.delete_button.clicked.connect(self.delete_key)
        actions = QHBoxLayout()
        actions.addWidget(self.test_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)

        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Result"))
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.status_label)
        layout.addWidget(self.env_note)
        layout.addWidget(self.store_label)
        layout.addSpacing(6)
        layout.addWidget(QLabel(self.tr("<b>Replace the key</b>")))
        layout.addLayout(field_row)
        layout.addLayout(actions)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.refresh()

    # -- what the dialog shows ----------------------------------------------------------------
    def refresh(self) -> None:
        status = keystore.status()
        self.status = status
        self.status_label.setText(self.tr("<b>In use:</b> {0}").format(status.describe()))
        self.env_note.setVisible(status.source == keystore.SOURCE_ENVIRONMENT)
        self.env_note.setText(self.tr("{0} is set, so it takes precedence: a key saved "
                              "here is used only when that variable is not set.").format(keystore.ENV_VAR))
        if status.store_problem:
            self.store_label.setText(status.store_problem)
            self.store_label.setStyleSheet(PROBLEM_STYLE)
        else:
            self.store_label.setText(self.tr("A saved key is kept in <b>{0}</b>.").format(status.store_name))
            self.store_label.setStyleSheet(MUTED_STYLE)
        self._update_buttons()

    def _update_buttons(self) -> None:
        typed = bool(self.key_field.text().strip())
        can_store = self.status.store_problem is None
        self.save_button.setEnabled(typed and can_store)
        self.save_button.setVisible(can_store)
        self.session_button.setVisible(not can_store or self._session_offered)
        self.session_button.setEnabled(typed)
        self.delete_button.setEnabled(self.status.source in (keystore.SOURCE_KEYRING,
                                                             keystore.SOURCE_SESSION))
        busy = self._task is not None and self._task.is_running()
        self.test_button.setEnabled(not busy and (typed or self.status.has_key))

    def _say(self, text: str, style: str = "") -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet(style)

    def _changed(self) -> None:
        self.key_field.clear()  # the key leaves the widget as soon as it is kept
        self.refresh()
        key_events.changed.emit()

    # -- actions ------------------------------------------------------------------------------
    def save_key(self) -> None:
        try:
            keystore.store_key(self.key_field.text())
        except KeyStoreUnavailable as problem:
            self._session_offered = True  # say so, and offer the in-memory fallback
            self._say(str(problem), PROBLEM_STYLE)
            self.refresh()
            return
        except ValueError as problem:
            self._say(str(problem), PROBLEM_STYLE)
            return
        self._changed()
        note = self.tr(" The environment variable still takes precedence.") \
            if self.status.source == keystore.SOURCE_ENVIRONMENT else ""
        self._say(self.tr("Saved in {0}.").format(self.status.store_name) + note, OK_STYLE)

    def use_for_session(self) -> None:
        try:
            keystore.set_session_key(self.key_field.text())
        except ValueError as problem:
            self._say(str(problem), PROBLEM_STYLE)
            return
        self._changed()
        self._say(self.tr("Kept for this session only: it is forgotten when the app closes."), OK_STYLE)

    def delete_key(self) -> None:
        try:
            keystore.delete_key()
        except KeyStoreUnavailable as problem:
            self._say(str(problem), PROBLEM_STYLE)
            return
        self._changed()
        self._say(self.tr("The key was deleted."), OK_STYLE)

    def test_key(self) -> None:
        from advisor.claude import client as claude
        typed = self.key_field.text().strip() or None  # the typed key, else the one in force
        self._say(self.tr("Testing the key…"), MUTED_STYLE)
        self._task = run_task(lambda ctx: claude.test_key(typed), name="test-key",
                              on_result=self._tested, on_error=self._test_failed,
                              on_finished=self._update_buttons, owner=self)
        self._update_buttons()

    def _tested(self, models: Any) -> None:
        count = len([m for m in models if not m.retired])
        self._say(self.tr("✔ The key works: 1 model available to it.") if count == 1 else
                  self.tr("✔ The key works: {0} models available to it.").format(count),
                  OK_STYLE)

    def _test_failed(self, message: str, _error: Any) -> None:
        self._say(f"✘ {message}", PROBLEM_STYLE)

    def done(self, result: int) -> None:  # noqa: D102 - closing: stop a test still running
        if self._task is not None:
            self._task.cancel()
        self.key_field.clear()
        super().done(result)


def open_key_dialog(parent: QWidget | None) -> None:
    """Show the key settings, modal (tests replace this function)."""
    dialog = ApiKeyDialog(parent)
    dialog.exec()
    dialog.deleteLater()
