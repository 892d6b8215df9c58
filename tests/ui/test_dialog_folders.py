"""Save, Open and Export dialogs start where the user works, not always in the home folder."""
from __future__ import annotations

from pathlib import Path

from ui import dialogs
from tests.helpers import write_assessment


def record_dialogs(monkeypatch, answer: Path | None = None) -> list[tuple[str, str]]:
    """Every file dialog shown, as (which, the folder or suggested path it opened at)."""
    from ui.costs import page as costs_page
    from ui.printing import actions as print_actions

    shown: list[tuple[str, str]] = []

    def remember(which: str, where: int):  # ``where``: the argument holding the folder or path
        def ask(*args):
            shown.append((which, str(args[where])))
            return answer
        return ask

    monkeypatch.setattr(dialogs, "get_open_path", remember("open", 1))
    monkeypatch.setattr(dialogs, "get_save_path", remember("save", 1))
    monkeypatch.setattr(print_actions, "get_export_path", remember("export", 2))
    monkeypatch.setattr(costs_page, "get_export_path", remember("chart", 2))
    return shown


def test_dialogs_of_a_saved_file_start_in_its_folder(window, monkeypatch, tmp_path):
    project = tmp_path / "projects" / "triage"
    project.mkdir(parents=True)
    path = write_assessment(project / "Triage.fta.json", title="Triage")
    assert window.open_path(path)
    shown = record_dialogs(monkeypatch)
    window.save_as()
    window.print_actions.export_pdf()
    window.show_page("costs")
    window.costs.export_csv()
    window.open_dialog()
    folders = {which: Path(where) for which, where in shown}
    assert folders["save"].parent == project
    assert folders["export"].parent == project
    assert folders["chart"].parent == project
    assert folders["open"] == project


def test_an_untitled_assessment_starts_in_the_folder_last_used(window, monkeypatch, tmp_path):
    elsewhere = tmp_path / "reports"
    elsewhere.mkdir()
    window.new_assessment()
    shown = record_dialogs(monkeypatch, answer=elsewhere / "brief.pdf")
    window.print_actions.export_pdf()  # the user picks ~/reports for the PDF
    assert (elsewhere / "brief.pdf").is_file()
    shown.clear()
    window.save_as()
    assert Path(shown[0][1]).parent == elsewhere
    assert Path(shown[0][1]).parent != Path.home()


def test_the_last_folder_survives_a_restart_and_a_vanished_folder_falls_back_home(qtbot, scripted,
                                                                                  monkeypatch, tmp_path):
    from ui.main_window import MainWindow

    kept = tmp_path / "kept"
    kept.mkdir()
    path = write_assessment(kept / "a.fta.json")
    first = MainWindow()
    qtbot.addWidget(first)
    assert first.open_path(path)
    second = MainWindow()  # a later session: nothing open yet
    qtbot.addWidget(second)
    shown = record_dialogs(monkeypatch)
    second.open_dialog()
    assert Path(shown[-1][1]) == kept
    first.close()  # the earlier session ends (and takes its lock file, next to the file, with it)
    path.unlink()
    kept.rmdir()
    second.open_dialog()
    assert Path(shown[-1][1]) == Path.home()
