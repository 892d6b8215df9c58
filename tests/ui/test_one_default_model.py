"""Issue 29, item 5: one default model across the lab and Costs, Compare never against the model
itself, and pickers that show each model's name and price."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication

from advisor.costs.inputs import COST_INPUTS_BY_ID
from ui.prompt_lab.models import ID_ROLE


def new_assessment(window):
    window.new_assessment()
    window.show_page("costs")
    window.show_page("prompt_lab")
    QApplication.processEvents()
    return window.prompt_lab


def test_a_new_assessment_tries_and_prices_the_same_model(qtbot, window):
    lab = new_assessment(window)
    costs_model = window.costs.form.model_combo.currentData()
    assert costs_model == COST_INPUTS_BY_ID["model"].default
    assert lab.editor.model_picker.model_id() == costs_model
    assert lab.current_lab()["model"] == costs_model


def test_the_lab_follows_a_model_chosen_on_costs_when_the_lab_has_none(qtbot, window, tmp_path):
    window.new_assessment()
    window.document.assessment.costs["model"] = "claude-haiku-5-5"
    window.document.replaced.emit()  # as opening a file with that figure does
    assert window.prompt_lab.editor.model_picker.model_id() == "claude-haiku-5-5"


def test_compare_with_starts_on_another_model(qtbot, window):
    lab = new_assessment(window)
    main = lab.editor.model_picker.model_id()
    assert lab.try_panel.compare_picker.model_id() not in ("", main)  # even before it is ticked
    lab.try_panel.compare_check.setChecked(True)
    assert lab.try_panel.compare_picker.model_id() not in ("", main)
    assert lab.current_lab()["compare_model"] == lab.try_panel.compare_picker.model_id()


def test_the_lab_pickers_show_name_and_price(qtbot, window):
    lab = new_assessment(window)
    for picker in (lab.editor.model_picker, lab.try_panel.compare_picker):
        index = picker.findData("claude-sonnet-5-5", ID_ROLE)
        assert picker.itemText(index) == "Claude Sonnet 5.5 · $2 in / $10 out per Mtok"
        assert "claude-sonnet-5-5" in picker.itemData(index, 3)  # the id, in the tooltip
    window.document._dirty = False


def test_also_on_follows_compare_with_and_comes_back_with_the_file(qtbot, window, scripted, tmp_path):
    lab = new_assessment(window)
    assert lab.runs.extra_models() == []
    lab.try_panel.compare_check.setChecked(True)
    compare = lab.try_panel.compare_picker.model_id()
    assert lab.runs.extra_models() == [compare]
    assert compare in lab.runs.models_button.text()  # the Tests tab says it
    lab.flush_edits()
    scripted.save_path = tmp_path / "linked.fta.json"
    assert window.save_as()
    window.new_assessment()
    assert lab.runs.extra_models() == []
    assert window.open_path(scripted.save_path)
    assert lab.runs.extra_models() == [compare]  # saved as the compare model
    lab.try_panel.compare_check.setChecked(False)
    assert lab.runs.extra_models() == []
    window.document._dirty = False


def test_a_model_the_user_picks_for_also_on_is_left_alone(qtbot, window):
    lab = new_assessment(window)
    own = next(a.text() for a in lab.runs.models_menu.actions())
    lab.runs.choose_models([own])
    lab.try_panel.compare_check.setChecked(True)
    lab.try_panel.compare_check.setChecked(False)
    assert lab.runs.extra_models() == [own]
    window.document._dirty = False


def test_models_the_user_picks_for_also_on_come_back_with_the_file_from_the_settings(qtbot, window, scripted,
                                                                                   tmp_path):
    """The file format has no field for "Also on" (only compare_model): the app settings keep the
    user's own pick per file, and the file on disk is left without it."""
    import json

    lab = new_assessment(window)
    picked = [a.text() for a in lab.runs.models_menu.actions()][:2]
    scripted.save_path = tmp_path / "picked.fta.json"
    assert window.save_as()
    for action in lab.runs.models_menu.actions():
        if action.text() in picked:
            action.trigger()  # as a click in the menu does
    assert lab.runs.extra_models() == picked
    window.new_assessment()
    assert lab.runs.extra_models() == []  # another assessment: its own choice
    assert window.open_path(scripted.save_path)
    assert lab.runs.extra_models() == picked
    assert "also_on" not in json.dumps(json.loads(scripted.save_path.read_text()))
    window.document._dirty = False
