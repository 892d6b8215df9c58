"""The labelling dialog (issue 24): the estimate with and without batches before anything is sent,
then a run with a progress bar and Cancel, off the UI thread, resumable on reopening; through the real
SDK against the fake Messages API."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from advisor.lab import dataset
from tests.cli.test_dataset_batch_cli import assert_chat_format
from ui import dialogs

LAB = {"model": "claude-haiku-5-5", "system": "Route tickets to a team.", "template": "Ticket: {{ticket}}",
       "max_tokens": 200}


def _inputs(path: Path, count: int) -> Path:
    rows = ["ticket"] + [f"ticket {n}: {'money back' if n % 2 == 0 else 'cannot log in'}" for n in range(count)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def fake(api_env):
    api_env.add_claude_5_models()
    api_env.rules = {"money": "billing", "log in": "account"}
    return api_env


def _dialog(qtbot, tmp_path: Path, count: int = 30, lab: dict | None = None):
    from ui.dataset_dialog import LabellingDialog

    dialog = LabellingDialog(lab or LAB, tmp_path, {"inputs": str(_inputs(tmp_path / "in.csv", count)),
                                                    "out": str(tmp_path / "train.jsonl")})
    qtbot.addWidget(dialog)
    dialog.poll_seconds = 0.05
    dialog.show()
    qtbot.waitUntil(lambda: dialog.inputs is not None, timeout=5000)
    return dialog


def _finished(dialog) -> bool:
    return not dialog.is_running() and dialog.close_button.text() == "Close"


def test_the_estimate_shows_both_prices_and_follows_the_model_before_anything_is_sent(qtbot, fake, tmp_path):
    from advisor.costs.pricing import load_price_table

    dialog = _dialog(qtbot, tmp_path, 40)
    prices = load_price_table()
    haiku = dataset.priced(dialog.tokens, prices.get("claude-haiku-5-5"), prices.batch_discount)
    shown = dialog.estimate_label.text()
    assert shown.startswith("40 inputs · about")
    assert f"${haiku.cost_usd:.4f}"[:6] in shown and "through the Message Batches API" in shown
    dialog.model_picker.set_model_id("claude-opus-4-5")
    dialog.model_picker.model_changed.emit("claude-opus-4-5")
    assert dialog.estimate_label.text() != shown  # a dearer teacher, a dearer estimate
    assert fake.requests == []  # the estimate sends nothing


def test_inputs_without_the_templates_column_are_named_and_label_stays_off_the_network(qtbot, fake, tmp_path):
    from ui.dataset_dialog import LabellingDialog

    bad = tmp_path / "bad.csv"
    bad.write_text("message\nhello\n", encoding="utf-8")
    dialog = LabellingDialog(LAB, tmp_path, {"inputs": str(bad), "out": str(tmp_path / "t.jsonl")})
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "needs the column ticket" in dialog.estimate_label.text(), timeout=5000)
    dialog.estimate_label.setText("")
    dialog.label_button.click()
    assert "Reading the inputs again" in dialog.status.text()
    qtbot.waitUntil(lambda: "needs the column ticket" in dialog.estimate_label.text(), timeout=5000)
    assert fake.requests == [] and not dialog.is_running()


def test_label_writes_the_chat_jsonl_and_its_validation_split(qtbot, fake, tmp_path):
    dialog = _dialog(qtbot, tmp_path, 30)
    dialog.validation_spin.setValue(20)
    dialog.inputs_edit.setFocus()  # the user was in the Inputs field: leaving it must not swallow the click
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.label_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _finished(dialog) and "Wrote" in dialog.status.text(), timeout=30000)
    train = assert_chat_format(tmp_path / "train.jsonl")
    held_out = assert_chat_format(tmp_path / "train.validation.jsonl")
    assert len(train) + len(held_out) == 30 and held_out
    assert f"Wrote {len(train)} examples to train.jsonl and {len(held_out)} to train.validation.jsonl" \
        in dialog.status.text()
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum() == 30
    assert len(fake.message_requests()) == 30


def test_an_existing_output_is_replaced_only_after_a_yes(qtbot, fake, tmp_path, monkeypatch):
    (tmp_path / "train.jsonl").write_text("precious\n", encoding="utf-8")
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda parent, title, text: asked.append(text) or False)
    dialog = _dialog(qtbot, tmp_path, 4)
    assert "train.jsonl exists" in dialog.status.text()
    dialog.label_button.click()
    assert asked and (tmp_path / "train.jsonl").read_text() == "precious\n" and fake.message_requests() == []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda parent, title, text: True)
    dialog.label_button.click()
    qtbot.waitUntil(lambda: _finished(dialog) and "Wrote" in dialog.status.text(), timeout=30000)
    assert "precious" not in (tmp_path / "train.jsonl").read_text()


def test_cancel_stops_the_batch_at_anthropic_and_reopening_carries_on_without_sending_twice(qtbot, fake, tmp_path):
    fake.batch_polls = 100_000  # a batch that would take a long while
    dialog = _dialog(qtbot, tmp_path, 12)
    dialog.batch_check.setChecked(True)
    assert "(you chose through batches)" in dialog.estimate_label.text()
    dialog.label_button.click()
    qtbot.waitUntil(lambda: dialog.batch_id != "", timeout=10000)
    assert dialog.close_button.text() == "Cancel" and not dialog.label_button.isEnabled()
    assert not dialog.out_edit.isEnabled() and not any(b.isEnabled() for b in dialog._choose_buttons)
    dialog.close_button.click()
    qtbot.waitUntil(lambda: _finished(dialog), timeout=10000)
    assert [r.path for r in fake.requests if r.path.endswith("/cancel")] == [
        f"/v1/messages/batches/{dialog.batch_id}/cancel"]
    assert "The batch was cancelled at Anthropic too" in dialog.status.text()
    dialog.close()

    fake.batch_polls = 1
    again = _dialog(qtbot, tmp_path, 12)
    assert "batch sent then is checked, not sent again" in again.status.text()
    again.batch_check.setChecked(True)
    again.label_button.click()
    qtbot.waitUntil(lambda: _finished(again) and "Wrote" in again.status.text(), timeout=30000)
    submitted = [r for r in fake.requests if r.method == "POST" and r.path == "/v1/messages/batches"]
    # The cancelled batch answered nothing, so each input went once more, in one new batch.
    assert len(submitted) == 2 and fake.message_requests() == []
    labelled = assert_chat_format(tmp_path / "train.jsonl") + assert_chat_format(tmp_path / "train.validation.jsonl")
    assert len(labelled) == 12


def test_a_refused_key_keeps_what_was_labelled_and_says_so(qtbot, fake, tmp_path, monkeypatch):
    from advisor.lab.labelling_job import CONCURRENCY

    served, chunk = [], dataset.chunk_size(CONCURRENCY)

    def revoke_after_the_first_chunk(body):
        served.append(1)
        if len(served) == chunk:
            fake.valid_key = "sk-ant-revoked-key-000000"
        return fake.default_reply(body)

    good_key = fake.valid_key
    fake.reply = revoke_after_the_first_chunk
    dialog = _dialog(qtbot, tmp_path, chunk + 30)
    dialog.label_button.click()
    qtbot.waitUntil(lambda: _finished(dialog) and "Stopped" in dialog.status.text(), timeout=30000)
    assert f"{chunk} of {chunk + 30} inputs labelled are kept" in dialog.status.text()
    assert good_key not in dialog.status.text() and not (tmp_path / "train.jsonl").exists()
    progress = [json.loads(line) for line in (tmp_path / "train.jsonl.progress.jsonl").read_text().splitlines()]
    assert len(progress) == chunk


def test_the_window_offers_labelling_from_the_menu_the_lab_and_the_distil_advice(qtbot, window, tmp_path):
    from advisor.decision.rules import default_rules

    window.open_example()
    window.prompt_lab.tabs.cornerWidget().click()
    qtbot.waitUntil(lambda: window.labelling_dialog.isVisible(), timeout=3000)
    assert window.labelling_dialog.lab.get("template") == window.document.assessment.prompt_lab.get("template")
    window.labelling_dialog.close()
    assert window.labelling_action.isEnabled()
    teacher = [v for v, info in default_rules().verdicts.items() if info.teacher_labels]
    others = [v for v, info in default_rules().verdicts.items() if not info.teacher_labels]
    assert teacher and others
    page = window.recommendation
    assert "action:label" in page.render({**page.summary, "verdict": teacher[0]})
    assert "action:label" not in page.render({**page.summary, "verdict": others[0]})
