"""Starting the window: the QApplication, the crash handler, and the first screen."""
from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from advisor import APP_ID, APP_NAME, DESKTOP_ID, __version__
from ui.display import no_display_problem

log = logging.getLogger(__name__)


def install_excepthook() -> None:
    """An unexpected error is logged with its traceback and shown as a short dialog, not a crash."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        from advisor.core import logsetup
        logsetup.configure()
        log.critical("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is not None:
            from PySide6.QtCore import QCoreApplication

            QMessageBox.critical(
                None, QCoreApplication.translate("app", "{0}: unexpected error").format(APP_NAME),
                QCoreApplication.translate("app", "Something went wrong that the app did not expect. Your open "
                                           "assessment is still here; save it if you can.\n\nThe details are in "
                                           "the log file:\n{0}").format(logsetup.current_log_file()))

    sys.excepthook = hook


def create_application(argv: list[str] | None = None):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv or [APP_ID])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(DESKTOP_ID)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    from PySide6.QtGui import QIcon

    from advisor.core.paths import resource

    app.setWindowIcon(QIcon(str(resource(f"icons/{DESKTOP_ID}.svg"))))
    from ui import accessibility
    from ui.translations import install_translations

    install_translations(app)  # the system locale's .qm, or English (issue 25)
    accessibility.install(app)  # a screen reader hears a name for every control (issue 25)
    return app


def run(path: Path | None = None) -> int:
    problem = no_display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    install_excepthook()
    app = create_application(sys.argv[:1])
    from ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    # The log file is opened once the window is up: start-up pays only for the first screen.
    from advisor.core import logsetup
    logsetup.configure()
    if not window.offer_recovery() and path is not None:
        window.open_path(path)
    log.info("window shown")
    return app.exec()
