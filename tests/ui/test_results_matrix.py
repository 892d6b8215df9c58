"""Issue 29, item 3: a run on several models shows one matrix, tests by models, each cell pass
or fail with a symbol and a colour, the output on hover and in full when selected, filters for
failures and for disagreements, and an export of the matrix."""
from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt

from tests.ui.lab_support import RULES, click, run_and_wait, tick

OTHER = "claude-sonnet-4-5"


def visible_rows(matrix) -> list[str]:
    rows = matrix.view.model()
    return [rows.headerData(r, Qt.Orientation.Vertical) for r in range(rows.rowCount())]


def cell(matrix, test: str, column: int):
    rows = matrix.view.model()
    row = visible_rows(matrix).index(test)
    return rows.index(row, column)


@pytest.fixture
def ran_on_two_models(qtbot, lab_page, api_env):
    """The example's three tests on its model (all pass) and on OTHER, which answers "billing"
    to everything (refund passes; login and crash fail)."""
    api_env.reply = lambda body: "billing" if body["model"] == OTHER else next(
        (v for k, v in RULES.items() if k in body["messages"][-1]["content"]), "billing")
    lab_page.runs.choose_models([OTHER])
    lab_page.tabs.setCurrentIndex(1)
    run_and_wait(qtbot, lab_page)
    return lab_page.runs.matrix


@pytest.mark.filterwarnings("ignore:The model .* is deprecated:DeprecationWarning")  # the SDK says so
def test_several_models_show_as_one_matrix_with_symbols_and_colours(qtbot, lab_page, ran_on_two_models):
    matrix = ran_on_two_models
    assert lab_page.runs.views.currentWidget() is matrix and matrix.isVisible()
    rows = matrix.view.model()
    headers = [rows.headerData(c, Qt.Orientation.Horizontal) for c in range(rows.columnCount())]
    assert headers == [lab_page.editor.model_picker.model_id(), OTHER]
    assert visible_rows(matrix) == ["refund", "login", "crash"]
    assert [cell(matrix, "login", c).data() for c in (0, 1)] == ["✔ pass", "✘ fail"]
    passed, failed = (cell(matrix, "login", c).data(Qt.ItemDataRole.BackgroundRole) for c in (0, 1))
    assert passed.green() > passed.red() and failed.red() > failed.green()  # green and red-orange
    assert "account" in cell(matrix, "login", 0).data(Qt.ItemDataRole.ToolTipRole)  # the output
    matrix.view.setCurrentIndex(cell(matrix, "login", 1))
    shown = matrix.detail.toPlainText()
    assert shown.startswith(f"login on {OTHER}: ✘ failed") and "Output: billing" in shown


@pytest.mark.filterwarnings("ignore:The model .* is deprecated:DeprecationWarning")
def test_the_filters_keep_failures_or_disagreements_and_say_how_many(qtbot, lab_page, ran_on_two_models):
    matrix = ran_on_two_models
    assert matrix.count.text() == "3 tests"
    tick(qtbot, matrix.disagree_check)
    assert visible_rows(matrix) == ["login", "crash"]
    assert matrix.count.text() == "2 of 3 tests"
    tick(qtbot, matrix.disagree_check)
    tick(qtbot, matrix.failures_check)
    assert visible_rows(matrix) == ["login", "crash"]
    tick(qtbot, matrix.failures_check)
    assert visible_rows(matrix) == ["refund", "login", "crash"]


@pytest.mark.filterwarnings("ignore:The model .* is deprecated:DeprecationWarning")
def test_the_matrix_exports_every_test_by_model_as_csv(qtbot, lab_page, ran_on_two_models, tmp_path,
                                                      monkeypatch):
    matrix = ran_on_two_models
    target = tmp_path / "matrix.csv"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    tick(qtbot, matrix.failures_check)  # a filter narrows the view, not the export
    click(qtbot, matrix.export_button)
    rows = list(csv.reader(target.open(encoding="utf-8")))
    assert rows == [["test", lab_page.editor.model_picker.model_id(), OTHER],
                    ["refund", "passed", "passed"], ["login", "passed", "failed"],
                    ["crash", "passed", "failed"]]
    assert "Exported 3 tests to matrix.csv" in matrix.message.message()


def test_one_model_shows_its_own_details_first(qtbot, lab_page):
    lab_page.runs.show_runs([{"model": "claude-haiku-4-5", "cases": [{"name": "refund", "passed": True}]}])
    assert lab_page.runs.views.currentIndex() == 1
    assert visible_rows(lab_page.runs.matrix) == ["refund"]
