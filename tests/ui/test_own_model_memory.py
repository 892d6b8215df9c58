"""Your own model, set up in the lab and not run yet, comes back with its file: the file keeps a
target only on the runs that used it (CONTRACT section 8), so the app settings keep the set-up
per file, never its key."""
from __future__ import annotations

import json

from advisor.core.settings import Settings
from tests.advisor.test_candidate_evidence import _target_run
from tests.ui.test_one_default_model import new_assessment
from tests.ui.test_own_model import set_up

URL = "https://models.example.org/v1"


def test_a_model_set_up_and_not_run_comes_back_with_its_file_and_its_key_stays_out(qtbot, window, scripted,
                                                                                   tmp_path):
    lab = new_assessment(window)
    scripted.save_path = tmp_path / "own.fta.json"
    assert window.save_as()
    set_up(qtbot, lab, URL, model="qwen-7b", key="sk-own-secret-123", per_mtok=(0.2, 0.4))
    assert lab.runs.own_model.target is not None
    window.new_assessment()
    assert lab.runs.own_model.target is None  # another assessment: no model of yours yet
    assert window.open_path(scripted.save_path)
    target = lab.runs.own_model.target
    assert (target.base_url, target.model, target.price) == (URL, "qwen-7b", {"in_per_mtok": 0.2, "out_per_mtok": 0.4})
    assert not lab.runs.own_model.include.isChecked()  # set up again, run only when ticked
    assert not lab.runs.own_model.include.isHidden() and "qwen" not in scripted.save_path.read_text()
    settings = Settings().path.read_text()
    assert URL in settings and "sk-own-secret-123" not in settings
    window.document._dirty = False


def test_runs_that_name_a_model_win_over_the_remembered_set_up(qtbot, window, scripted, tmp_path):
    lab = new_assessment(window)
    scripted.save_path = tmp_path / "own.fta.json"
    assert window.save_as()
    set_up(qtbot, lab, URL, model="qwen-7b", per_mtok=(0.2, 0.4))
    saved = json.loads(scripted.save_path.read_text())
    saved.setdefault("prompt_lab", {})["runs"] = [_target_run(3, 1)]  # a run of "mine", serving qwen-7b
    scripted.save_path.write_text(json.dumps(saved))
    window.new_assessment()
    assert window.open_path(scripted.save_path)
    assert (lab.runs.own_model.target.name, lab.runs.own_model.target.base_url) == ("mine", "http://127.0.0.1:8000/v1")
    window.document._dirty = False
