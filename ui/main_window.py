"""The main window: the File menu, the title bar, and the screens of the open assessment."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QMainWindow, QScrollArea, QStackedWidget, QWidget)

from advisor import APP_NAME
from advisor.document.assessment import default_file_name
from advisor.core.errors import FileProblem
from advisor.core.settings import Settings
from ui import accessibility, dialogs
from ui.autosave import Autosaver, offer_recovery
from ui.document import AssessmentDocument
from ui.page_stack import CurrentPageStack, sidebar_width
from ui.printing.actions import install_print_actions
from ui.welcome_page import WelcomePage

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.document = AssessmentDocument(self)
        self.document.last_folder = self.settings.get("last_folder")
        self.document.folder_used.connect(lambda folder: self.settings.set("last_folder", folder))
        self.setMinimumSize(760, 520)
        self.resize(1100, 760)

        self.welcome = WelcomePage()
        # The screens of an open assessment are built when the first one is opened: start-up
        # pays only for the welcome screen.
        self.workspace, self.navigation, self.pages = self._build_workspace()
        self._pages_started = self._pages_built = False
        self.central = QStackedWidget()
        self.central.addWidget(self.welcome)
        self.central.addWidget(self.workspace)
        self.setCentralWidget(self.central)

        self._build_menus()
        self.welcome.new_requested.connect(self.new_assessment)
        self.welcome.open_requested.connect(self.open_dialog)
        self.welcome.example_requested.connect(self.open_example)
        self.welcome.recent_requested.connect(self.open_recent)
        self.welcome.show_recent(self.settings.get("recent_files"))
        self.document.state_changed.connect(self.update_title)
        # A file from an older version is migrated in memory: say so until it is saved.
        self.format_notice = QLabel()
        self.format_notice.setObjectName("formatNotice")
        self.format_notice.setWordWrap(True)
        self.statusBar().addWidget(self.format_notice, 1)
        self.statusBar().hide()  # shown for the format notice, and while a confirmation is said
        self.statusBar().messageChanged.connect(self._status_message_changed)
        self.document.state_changed.connect(self._update_format_notice)
        self.document.replaced.connect(self._show_workspace)
        self.autosaver = Autosaver(self.document, self.settings, self)
        self._restore_geometry()
        self.update_title()

    @staticmethod
    def _follow_selection(navigation: QListWidget) -> None:
        selected = navigation.selectedItems()
        if selected and navigation.row(selected[0]) != navigation.currentRow():
            navigation.setCurrentRow(navigation.row(selected[0]))

    def say(self, text: str) -> None:
        """A short confirmation in the status bar ("Saved to …"), gone after a few seconds."""
        self.statusBar().show()  # over the format notice, if any, while it lasts
        self.statusBar().showMessage(text, 6000)

    def _status_message_changed(self, text: str) -> None:
        if not text:  # the confirmation is over: the bar stays only for a format notice
            self.statusBar().setVisible(bool(self.format_notice.text()))

    def _update_format_notice(self) -> None:
        from advisor.document.migrations import older_version_note

        version = self.document.assessment.migrated_from
        self.format_notice.setText(older_version_note(version) if version is not None else "")
        self.statusBar().setVisible(version is not None)

    # --- layout ---------------------------------------------------------------------------
    def _build_workspace(self) -> tuple[QWidget, QListWidget, QStackedWidget]:
        navigation = QListWidget()
        navigation.setAccessibleName(self.tr("Screens"))
        navigation.setSpacing(2)
        navigation.setStyleSheet("QListWidget { padding: 8px 4px; font-size: 11pt; }"
                                 "QListWidget::item { padding: 7px 6px; border-radius: 4px; }"
                                 "QListWidget::item:selected { background: palette(highlight);"
                                 " color: palette(highlighted-text); }")
        navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        pages = CurrentPageStack()
        workspace = QWidget()
        row = QHBoxLayout(workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(navigation)
        # A window narrower than a screen's layout scrolls rather than squeezing widgets together.
        scroller = QScrollArea()
        scroller.setObjectName("pageScroller")
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(pages)
        row.addWidget(scroller, 1)
        navigation.currentRowChanged.connect(pages.setCurrentIndex)
        # A screen reader selects an item (the accessibility interface's select action) without
        # making it current: the selection alone must switch the screen too (issue 29).
        navigation.itemSelectionChanged.connect(lambda: self._follow_selection(navigation))
        # Every screen opens at its top, not where the previous one was scrolled to.
        navigation.currentRowChanged.connect(lambda _row: scroller.verticalScrollBar().setValue(0))
        # Controls a screen made since it was last shown get their accessible names (issue 25).
        navigation.currentRowChanged.connect(lambda _row: accessibility.name_controls(pages.currentWidget()))
        self._page_ids: list[str] = []
        return workspace, navigation, pages

    def _build_pages(self) -> None:
        if self._pages_started:
            return
        self._pages_started = True  # never twice, even if a screen failed to build
        from ui.overview_page import OverviewPage
        from ui.questionnaire_page import QuestionnairePage
        from ui.recommendation_page import RecommendationPage

        self.overview = OverviewPage(self.document)
        self.add_page("overview", self.tr("Assessment"), self.overview)
        self.questionnaire = QuestionnairePage(self.document)
        self.add_page("questionnaire", self.tr("Questionnaire"), self.questionnaire)
        self.recommendation = RecommendationPage(self.document)
        self.add_page("recommendation", self.tr("Recommendation"), self.recommendation)
        self.questionnaire.finished.connect(lambda: self.show_page("recommendation"))
        self.recommendation.question_requested.connect(self.show_question)
        self.recommendation.labelling_requested.connect(self.open_labelling)
        from ui.costs.page import CostsPage  # matplotlib itself waits until the screen is shown

        self.costs = CostsPage(self.document, self.settings)
        self.add_page("costs", self.tr("Costs"), self.costs)
        from ui.prompt_lab.page import PromptLabPage  # the Claude SDK waits until first use

        self.prompt_lab = PromptLabPage(self.document, settings=self.settings)
        self.add_page("prompt_lab", self.tr("Prompt lab"), self.prompt_lab)
        self.prompt_lab.labelling_requested.connect(self.open_labelling)
        self._pages_built = True  # only once every screen exists

    def add_page(self, page_id: str, label: str, widget: QWidget) -> None:
        """Screens are listed in the sidebar in the order they are added."""
        self._page_ids.append(page_id)
        self.pages.addWidget(widget)
        QListWidgetItem(label, self.navigation)
        self.navigation.setFixedWidth(sidebar_width(self.navigation))
        if self.navigation.currentRow() < 0:
            self.navigation.setCurrentRow(0)
        # Every screen is a keystroke away: Ctrl+1 for the first, Ctrl+2 for the next, ...
        number = len(self._page_ids)
        action = self.go_menu.addAction(label)
        action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.triggered.connect(lambda _=False, pid=page_id: self.show_page(pid))
        self.go_menu.setEnabled(True)

    def show_page(self, page_id: str) -> None:
        if page_id in self._page_ids:
            self.navigation.setCurrentRow(self._page_ids.index(page_id))
        if page_id == "questionnaire":  # New, Go → Questionnaire: ready to answer by keyboard
            self.questionnaire.focus_current()

    def show_question(self, question_id: str) -> None:
        self.show_page("questionnaire")
        self.questionnaire.show_question(question_id)

    def current_page_id(self) -> str:
        row = self.navigation.currentRow()
        return self._page_ids[row] if 0 <= row < len(self._page_ids) else ""

    def _show_workspace(self) -> None:
        self._build_pages()
        first_time = self.central.currentWidget() is not self.workspace
        self.central.setCurrentWidget(self.workspace)
        if first_time and self.settings.get("last_screen"):
            self.show_page(self.settings.get("last_screen"))  # where the user left off last time

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(file_menu, self.tr("&New"), QKeySequence.StandardKey.New, self.new_assessment)
        self.open_action = self._action(file_menu, self.tr("&Open…"), QKeySequence.StandardKey.Open, self.open_dialog)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        self.save_action = self._action(file_menu, self.tr("&Save"), QKeySequence.StandardKey.Save, self.save)
        self.save_as_action = self._action(file_menu, self.tr("Save &As…"), QKeySequence.StandardKey.SaveAs, self.save_as)
        install_print_actions(self, file_menu)  # Print…, Print Preview…, Export PDF / Markdown / HTML…
        self.labelling_action = file_menu.addAction(self.tr("&Label a Training Set…"), self.open_labelling)
        self.labelling_action.setStatusTip(self.tr("Claude labels your inputs with the lab's prompt: a training "
                                                   "set for distilling into a small model"))
        file_menu.addSeparator()
        self.quit_action = self._action(file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.file_menu = file_menu

        self.go_menu = self.menuBar().addMenu(self.tr("&Go"))  # filled as the screens are built
        self.go_menu.setEnabled(False)

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        self.api_key_action = settings_menu.addAction(self.tr("&API key…"))
        self.api_key_action.triggered.connect(self.open_key_settings)
        self.settings_menu = settings_menu

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.rules_help_action = help_menu.addAction(self.tr("How the &advisor decides"))
        self.rules_help_action.triggered.connect(lambda: self._help("rules_dialog"))
        self.costs_help_action = help_menu.addAction(self.tr("How &costs are computed"))
        self.costs_help_action.triggered.connect(lambda: self._help("costs_dialog"))
        help_menu.addSeparator()
        help_menu.addAction(self.tr("&About {0}").format(APP_NAME), lambda: self._help("show_about"))
        self.help_menu = help_menu

    def _help(self, name: str) -> None:
        from ui import help_dialogs  # built on first use: start-up pays only for what it shows

        result = getattr(help_dialogs, name)(self)
        if result is not None:
            result.exec()

    def _action(self, menu, text: str, shortcut, slot: Callable) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # --- title ----------------------------------------------------------------------------
    def update_title(self) -> None:
        if not self.document.is_open:
            self.setWindowTitle(APP_NAME)
        else:
            marker = "*" if self.document.is_dirty else ""
            self.setWindowTitle(f"{self.document.display_name()}{marker} — {APP_NAME}")
        self.save_action.setEnabled(self.document.is_open)
        self.save_as_action.setEnabled(self.document.is_open)
        self.labelling_action.setEnabled(self.document.is_open)

    # --- file operations ------------------------------------------------------------------
    def open_key_settings(self) -> None:
        from ui.api_key_dialog import open_key_dialog

        open_key_dialog(self)

    def open_labelling(self) -> None:
        """File → Label a Training Set…, the lab's button and the distil advice's link (issue 24)."""
        from ui.dataset_dialog import open_labelling_dialog

        self._flush_pending_edits()
        self.labelling_dialog = open_labelling_dialog(self)

    def _flush_pending_edits(self) -> None:
        """What the user sees is what gets saved: typing not yet committed is committed first.

        A number being typed counts on Enter or on leaving the field, and a table cell being
        edited on closing its editor; a shortcut or the close button does neither by itself.
        """
        from PySide6.QtWidgets import QAbstractItemView, QAbstractSpinBox, QApplication

        focus = QApplication.focusWidget()
        if focus is not None and focus.window() is self:
            if isinstance(focus, QAbstractSpinBox):
                focus.interpretText()
            else:
                view = focus.parentWidget()
                while view is not None and not isinstance(view, QAbstractItemView):
                    view = view.parentWidget()
                if view is not None:  # an open cell editor: leaving it makes the table commit
                    focus.clearFocus()
                    view.setFocus()
        if self._pages_built:
            self.prompt_lab.flush_edits()

    def confirm_discard(self) -> bool:
        """True when the current document may be replaced: saved, discarded, or not dirty."""
        self._flush_pending_edits()
        if not (self.document.is_open and self.document.is_dirty):
            return True
        choice = dialogs.ask_save_changes(self, self.document.display_name())
        if choice == "save":
            return self.save()
        return choice == "discard"

    def new_assessment(self) -> None:
        if self.confirm_discard():
            self.document.new()
            self.show_page("questionnaire")

    def open_dialog(self) -> None:
        if not self.confirm_discard():
            return
        path = dialogs.get_open_path(self, str(self.document.dialog_folder()))
        if path is not None:
            self.open_path(path, confirmed=True)

    def open_path(self, path: Path, *, confirmed: bool = False) -> bool:
        """Open ``path``; a bad file gets a dialog naming the problem and nothing changes."""
        if not confirmed and not self.confirm_discard():
            return False
        try:
            self.document.open(Path(path))
        except FileProblem as problem:
            dialogs.show_error(self, self.tr("Cannot open this file"), str(problem))
            return False
        self._remember(Path(path))
        holder = self.document.lock_file()
        if holder is not None:
            dialogs.tell_open_elsewhere(self, Path(path).name, holder.describe())
        return True

    def open_example(self) -> None:
        from advisor.core import paths
        example = paths.resource("example.fta.json")
        if not example.exists() or not self.confirm_discard():
            return
        try:
            self.document.open(example)
        except FileProblem as problem:
            dialogs.show_error(self, self.tr("Cannot open the example"), str(problem))
            return
        # A copy to explore: Save asks where to keep it, and the shipped file is never written.
        self.document.detach_from_file()
        self.show_page("recommendation")

    def save(self) -> bool:
        self._flush_pending_edits()
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        self._flush_pending_edits()
        suggested = str(self.document.dialog_folder() / default_file_name(self.document.assessment))
        path = dialogs.get_save_path(self, suggested)
        return self._save_to(path) if path is not None else False

    def _save_to(self, path: Path) -> bool:
        if self.document.changed_on_disk(path):  # another window or `eval --save` wrote it meanwhile
            choice = dialogs.ask_overwrite_changed(self, Path(path).name)
            if choice == "save_as":
                return self.save_as()
            if choice != "overwrite":
                return False
        try:
            written = self.document.save(path)
        except FileProblem as problem:
            dialogs.show_error(self, self.tr("Cannot save"), str(problem))
            return False
        self._remember(written)
        self.say(self.tr("Saved to {0}").format(written))
        return True

    def _remember(self, path: Path) -> None:
        self.settings.add_recent(path)
        self.document.note_folder_used(path)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.get("recent_files")
        if not recent:
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)
            return
        for entry in recent:
            action = self.recent_menu.addAction(Path(entry).name)
            action.setToolTip(entry)
            action.setStatusTip(entry)
            action.triggered.connect(lambda _=False, p=entry: self.open_recent(p))
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.tr("Clear list"), lambda: self.settings.set("recent_files", []))

    def open_recent(self, entry: str) -> None:
        if not Path(entry).is_file():
            self.settings.remove_recent(entry)
            dialogs.show_error(self, self.tr("File not found"),
                               self.tr("{0} is no longer there, so it was removed from the recent files.").format(entry))
            return
        self.open_path(Path(entry))

    def offer_recovery(self) -> bool:
        restored = offer_recovery(self, self.document)
        if restored:
            self.show_page("questionnaire")
        return restored

    # --- window state ---------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.get("window_geometry")
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))

    def _store_geometry(self) -> None:
        encoded = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.settings.update({"window_geometry": encoded, "last_screen": self.current_page_id()})

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self.confirm_discard():
            event.ignore()
            return
        self._store_geometry()
        if self._pages_built:
            self.prompt_lab.shutdown()  # cancel streams and runs; bounded wait
        self.autosaver.stop()
        self.document.release()  # the lock file goes; after a crash it is stale and ignored
        event.accept()
