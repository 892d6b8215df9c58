"""Labelling through batches (advisor.lab.dataset_batch), in process, through the real SDK against the
fake API: sets larger than one batch go in several, and inputs a batch cannot answer are not sent
again and again."""
from __future__ import annotations

import threading

from advisor.lab import dataset, dataset_batch

LAB = {"model": "claude-haiku-4-5", "system": "Route tickets.", "template": "Ticket: {{ticket}}", "max_tokens": 16}


def _inputs(count: int) -> list[dict]:
    return [{"vars": {"ticket": f"ticket {n}: money back"}} for n in range(count)]


def _submitted(fake) -> list:
    return [r for r in fake.requests if r.method == "POST" and r.path == "/v1/messages/batches"]


def test_a_set_larger_than_one_batch_goes_in_several_and_every_input_is_labelled_once(
        ticket_client, fake_api, tmp_path, monkeypatch):
    monkeypatch.setattr(dataset_batch, "MAX_REQUESTS", 5)
    progress = dataset.Progress(tmp_path / "p.jsonl")
    seen: list[tuple[int, int]] = []
    left = dataset_batch.label_by_batch(LAB, LAB["model"], _inputs(12), progress, cancel=threading.Event(),
                                        client=ticket_client, interval=0.01,
                                        on_progress=lambda done, total: seen.append((done, total)))
    assert left is None and len(progress.done) == 12
    sizes = [len(r.body["requests"]) for r in _submitted(fake_api)]
    assert sizes == [5, 5, 2] and fake_api.message_requests() == []
    assert seen[-1] == (12, 12)
    assert all(record["assistant"] == "billing" for record in progress.done.values())
    assert dataset.Progress(tmp_path / "p.jsonl").open_batch is None  # every batch closed


def test_inputs_a_batch_cannot_answer_are_left_for_a_later_run_not_sent_again_at_once(
        ticket_client, fake_api, tmp_path):
    progress = dataset.Progress(tmp_path / "p.jsonl")
    left = dataset_batch.label_by_batch(LAB, "claude-no-such-model", _inputs(4), progress,
                                        cancel=threading.Event(), client=ticket_client, interval=0.01)
    assert left is None and progress.done == {}  # every request errored: nothing labelled
    assert len(_submitted(fake_api)) == 1  # and the errors were not sent again in a loop
