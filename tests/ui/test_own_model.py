"""'Your own model' in the Prompt lab (issue 30, CONTRACT section 8): the team's model on an
OpenAI-compatible server, set up in the window, run beside Claude on the same tests, its key in
the keyring and never in the file, every way the server can fail named per test."""
from __future__ import annotations

import json

import pytest

from advisor.claude import keystore
from tests.fakes.fake_openai_api import FakeOpenAIApi
from tests.ui.lab_support import RULES, click, run_and_wait, type_into

SECRET = "own-server-secret-4711"


@pytest.fixture
def own():
    server = FakeOpenAIApi().start()
    server.rules = {"money": "billing", "log in": "account"}  # the small model gets the crash ticket wrong
    yield server
    server.stop()


def set_up(qtbot, page, url: str, model: str = "qwen-7b", key: str = "", gpu: tuple[float, float] | None = None,
           per_mtok: tuple[float, float] | None = None):
    """Open 'Your own model…' as a user does, fill it in and press OK; the dialog is returned."""
    page.tabs.setCurrentIndex(1)
    click(qtbot, page.runs.own_model.setup_button)
    dialog = page.runs.own_model.dialog
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog.url, url)
    type_into(qtbot, dialog.model, model)
    if key:
        type_into(qtbot, dialog.key, key)
    if gpu:
        dialog.price_kind.setCurrentIndex(1)
        dialog.gpu_hourly.setValue(gpu[0])
        dialog.throughput.setValue(gpu[1])
    if per_mtok:
        dialog.in_price.setValue(per_mtok[0])
        dialog.out_price.setValue(per_mtok[1])
    dialog.accept()  # the OK button's slot
    return dialog


def matrix_column(page, title: str) -> list[str]:
    model = page.runs.matrix.model
    column = model.models.index(title)
    return [model.status(row, column) for row in range(model.rowCount())]


def side_by_side_rows(page) -> list[list[str]]:
    table = page.runs.side_by_side.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_your_own_model_runs_beside_claude_priced_by_gpu_hours_with_its_key_in_the_keyring(
        qtbot, lab_page, lab_document, api_env, own):
    api_env.rules = RULES
    own.key = SECRET
    set_up(qtbot, lab_page, own.base_url, key=SECRET, gpu=(2.2, 2500))
    control = lab_page.runs.own_model
    assert control.include.isChecked() and control.include.text() == "Also on mine"
    assert "mine (qwen-7b)" in control.include.toolTip()
    assert keystore.read_secret("target:mine") == SECRET
    run_and_wait(qtbot, lab_page)

    assert own.requests and all(r["authorization"] == f"Bearer {SECRET}" for r in own.requests)
    assert lab_page.runs.views.currentWidget() is lab_page.runs.matrix  # several models: the matrix first
    assert matrix_column(lab_page, "claude-haiku-4-5") == ["passed"] * 3
    assert matrix_column(lab_page, "mine (qwen-7b)") == ["passed", "passed", "failed"]
    rows = {row[0]: row for row in side_by_side_rows(lab_page)}
    per_token = 2.2 / (2500 * 3600)  # the GPU's hourly price over the tokens it serves an hour
    assert rows["mine (qwen-7b)"][2] == f"${1000 * 22 * per_token:.6f}"  # 20 + 2 tokens a request
    assert rows["claude-haiku-4-5"][2].startswith("$")

    lab_page.flush_edits()
    saved = lab_document.assessment.prompt_lab["runs"][-1]
    assert saved["target"] == {"kind": "openai_compatible", "name": "mine", "base_url": own.base_url,
                               "model": "qwen-7b", "price": {"gpu_hourly_usd": 2.2, "tokens_per_second": 2500.0}}
    assert SECRET not in json.dumps(lab_document.assessment.prompt_lab)
    assert SECRET not in lab_page.runs.own_model.dialog.key.text()  # not even kept in the closed dialog


def test_reopening_the_file_sets_your_model_up_again_from_its_runs(qtbot, lab_page, lab_document, api_env,
                                                                   own, tmp_path):
    api_env.rules = RULES
    set_up(qtbot, lab_page, own.base_url, per_mtok=(0.1, 0.2))
    run_and_wait(qtbot, lab_page)
    path = tmp_path / "mine.fta.json"
    lab_page.flush_edits()
    lab_document.save(path)
    lab_document.open(path)
    control = lab_page.runs.own_model
    assert control.target is not None and control.target.price == {"in_per_mtok": 0.1, "out_per_mtok": 0.2}
    assert control.include.isChecked()
    assert SECRET not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("arrange", "said"), [
    (lambda own: setattr(own, "key", "another-key"), "refused the request (401)"),
    (lambda own: setattr(own, "status", 500), "answered 500"),
    (lambda own: setattr(own, "reply", "garbage"), "did not answer as an OpenAI-compatible server does"),
    (lambda own: setattr(own, "reply", "no_usage"), "sent no token usage"),
    (lambda own: own.stop(), "cannot be reached"),
])
def test_each_way_the_server_fails_is_named_per_test_and_claudes_results_stay(
        qtbot, lab_page, lab_document, api_env, own, arrange, said, monkeypatch):
    monkeypatch.setattr("advisor.lab.target_run.backoff", lambda attempt: 0.01)  # retries without the wait
    api_env.rules = RULES
    set_up(qtbot, lab_page, own.base_url, per_mtok=(0.1, 0.1))
    arrange(own)
    run_and_wait(qtbot, lab_page)
    assert matrix_column(lab_page, "claude-haiku-4-5") == ["passed"] * 3
    model = lab_page.runs.matrix.model
    column = model.models.index("mine (qwen-7b)")
    for row in range(model.rowCount()):
        assert model.status(row, column) == "error"
        assert said in (model.case(row, column) or {}).get("error", "")
    assert lab_page.runs.run_button.isEnabled()


def test_a_busy_server_is_retried_and_then_passes(qtbot, lab_page, api_env, own, monkeypatch):
    monkeypatch.setattr("advisor.lab.target_run.backoff", lambda attempt: 0.01)
    api_env.rules = RULES
    own.status, own.fail_first = 429, 2
    set_up(qtbot, lab_page, own.base_url)
    run_and_wait(qtbot, lab_page)
    assert matrix_column(lab_page, "mine (qwen-7b)") == ["passed", "passed", "failed"]
    assert len(own.requests) == 5  # two refused, three answered


def test_cancel_during_a_slow_server_stops_at_once(qtbot, lab_page, lab_document, api_env, own):
    api_env.rules = RULES
    own.delay = 30.0
    set_up(qtbot, lab_page, own.base_url)
    click(qtbot, lab_page.runs.run_button)
    qtbot.waitUntil(lambda: len(own.requests) >= 1, timeout=20000)
    click(qtbot, lab_page.runs.cancel_button)
    qtbot.waitUntil(lambda: not lab_page.runs.is_busy(), timeout=5000)  # not 30 s, not 120 s
    assert "Cancelled" in lab_page.runs.status.text()


def test_plain_http_to_another_computer_with_a_key_is_refused_and_nothing_is_stored(qtbot, lab_page):
    dialog = set_up(qtbot, lab_page, "http://10.1.2.3:8000/v1", key=SECRET)
    assert dialog.isVisible() and "plain http" in dialog.message.text.text()
    assert "Use https://, or remove the key" in dialog.message.text.text()
    assert keystore.read_secret("target:mine") is None
    assert lab_page.runs.own_model.target is None


def test_plain_http_without_a_key_is_allowed_with_a_warning_in_view(qtbot, lab_page):
    dialog = set_up(qtbot, lab_page, "http://10.1.2.3:8000/v1")
    control = lab_page.runs.own_model
    assert not dialog.isVisible() and control.include.isChecked()
    assert control.note.isVisible() and "plain http" in control.note.text() and "unencrypted" in control.note.text()


def test_an_address_with_a_password_in_it_is_refused(qtbot, lab_page):
    dialog = set_up(qtbot, lab_page, "http://me:hunter2@127.0.0.1:8000/v1")
    assert dialog.isVisible() and "user name or password" in dialog.message.text.text()
    assert lab_page.runs.own_model.target is None


def test_a_saved_key_is_never_shown_and_can_be_forgotten(qtbot, lab_page, own):
    set_up(qtbot, lab_page, own.base_url, key=SECRET)
    click(qtbot, lab_page.runs.own_model.setup_button)
    dialog = lab_page.runs.own_model.dialog
    qtbot.waitExposed(dialog)
    assert dialog.key.text() == "" and "a key is saved" in dialog.key.placeholderText()
    assert SECRET not in dialog.key_state.text()
    click(qtbot, dialog.forget_key)
    assert keystore.read_secret("target:mine") is None and not dialog.forget_key.isVisible()
    dialog.reject()


def test_the_lab_still_fits_900_by_600_with_a_long_named_model_and_its_warning(window, qtbot):
    from advisor.lab import targets
    from tests.ui.test_window_fits import SMALL, visit

    window.resize(*SMALL)
    window.open_example()
    window.show_page("prompt_lab")
    window.prompt_lab.tabs.setCurrentIndex(1)
    long_one = targets.parse("the-team-gpu-box-number-two=http://10.0.0.7:8000/v1",
                             "meta-llama/Llama-3.1-8B-Instruct-with-a-long-suffix")
    control = window.prompt_lab.runs.own_model
    control.set_target(long_one, include=True, warning="target the-team-gpu-box-number-two: http://10.0.0.7:8000/v1 "
                       "is plain http; the tests and replies travel unencrypted.")
    assert control.include.isVisible() and control.note.isVisible()
    assert not visit(window, qtbot, "prompt_lab")
    window.document._dirty = False


@pytest.mark.parametrize(("name", "url", "model", "said"), [
    ("my model", "http://127.0.0.1:8000/v1", "m", "Give the model a short name"),
    ("mine", "http://127.0.0.1:8000/v1", "", "Give the model id the server serves"),
    ("mine", "ftp://127.0.0.1/v1", "m", "'ftp://127.0.0.1/v1' is not a web address; give http(s)://"),
])
def test_a_wrong_field_is_named_in_the_windows_words(qtbot, lab_page, name, url, model, said):
    lab_page.tabs.setCurrentIndex(1)
    click(qtbot, lab_page.runs.own_model.setup_button)
    dialog = lab_page.runs.own_model.dialog
    type_into(qtbot, dialog.name, name)
    dialog.url.setText(url)
    dialog.model.setText(model)
    dialog.accept()
    shown = dialog.message.text.text()
    assert dialog.isVisible() and shown.startswith(said) and "--target" not in shown
    dialog.reject()
