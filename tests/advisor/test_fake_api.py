"""The fake Messages API speaks the real protocol: the unchanged anthropic SDK can use it."""
from __future__ import annotations

import anthropic
import pytest

from tests.fakes.fake_messages_api import DEFAULT_KEY

USER = [{"role": "user", "content": "I want my money back"}]


@pytest.fixture
def client(fake_api):
    sdk = anthropic.Anthropic(api_key=fake_api.valid_key, base_url=fake_api.base_url, max_retries=0)
    yield sdk
    sdk.close()


def test_plain_reply_echoes_the_last_user_turn_with_usage(client):
    message = client.messages.create(model="claude-haiku-4-5", max_tokens=50, messages=USER)
    assert message.content[0].text == "Echo: I want my money back"
    assert message.stop_reason == "end_turn"
    assert message.usage.output_tokens == 6
    assert message.usage.input_tokens > 0


def test_rules_choose_the_reply_by_what_the_user_wrote(fake_api, client):
    fake_api.rules = {"money back": "billing"}
    message = client.messages.create(model="claude-haiku-4-5", max_tokens=50, messages=USER)
    assert message.content[0].text == "billing"


def test_stream_sends_the_real_event_sequence(client):
    events = list(client.messages.create(model="claude-haiku-4-5", max_tokens=50, messages=USER,
                                         stream=True))
    kinds = [event.type for event in events]
    assert kinds[:2] == ["message_start", "content_block_start"]
    assert kinds[-3:] == ["content_block_stop", "message_delta", "message_stop"]
    deltas = [e.delta.text for e in events if e.type == "content_block_delta"]
    assert "".join(deltas) == "Echo: I want my money back"
    assert events[-2].usage.output_tokens == len(deltas)


def test_stream_of_n_tokens(fake_api, client):
    fake_api.stream_tokens = 500
    with client.messages.stream(model="claude-haiku-4-5", max_tokens=1000, messages=USER) as stream:
        pieces = list(stream.text_stream)
        final = stream.get_final_message()
    assert len(pieces) == 500
    assert final.usage.output_tokens == 500


def test_max_tokens_cuts_the_reply(client):
    message = client.messages.create(model="claude-haiku-4-5", max_tokens=2, messages=USER)
    assert message.content[0].text == "Echo: I "


def test_count_tokens_and_paginated_models(fake_api, client):
    counted = client.messages.count_tokens(model="claude-haiku-4-5", messages=USER)
    assert counted.input_tokens > 0
    models = list(client.models.list(limit=2))  # the SDK follows after_id across pages
    assert [m.id for m in models] == [m["id"] for m in fake_api.models]
    assert len([r for r in fake_api.requests if r.path == "/v1/models"]) == 3
    assert {m.lifecycle for m in models} == {"active", "retired"}


def test_unknown_and_retired_models_are_404_with_the_real_error_shape(client):
    for model in ("claude-nonexistent", "claude-3-5-haiku-20241022"):
        with pytest.raises(anthropic.NotFoundError) as caught:
            client.messages.create(model=model, max_tokens=5, messages=USER)
        assert caught.value.body["type"] == "error"
        assert caught.value.body["error"]["type"] == "not_found_error"
        assert model in caught.value.body["error"]["message"]


def test_wrong_key_is_refused(fake_api):
    sdk = anthropic.Anthropic(api_key="sk-ant-wrong-key-000000", base_url=fake_api.base_url,
                              max_retries=0)
    with pytest.raises(anthropic.AuthenticationError):
        sdk.models.list()


@pytest.mark.parametrize("status, error_class, error_type", [
    (401, anthropic.AuthenticationError, "authentication_error"),
    (403, anthropic.PermissionDeniedError, "permission_error"),
    (404, anthropic.NotFoundError, "not_found_error"),
    (429, anthropic.RateLimitError, "rate_limit_error"),
    (500, anthropic.InternalServerError, "api_error"),
    (529, anthropic.OverloadedError, "overloaded_error"),
])
def test_injected_failures_reach_the_sdk_as_the_real_errors(fake_api, client, status, error_class,
                                                             error_type):
    fake_api.fail_next(status, retry_after=7)
    with pytest.raises(error_class) as caught:
        client.messages.create(model="claude-haiku-4-5", max_tokens=5, messages=USER)
    assert caught.value.type == error_type
    assert caught.value.response.headers["retry-after"] == "7"
    # Only the next request fails.
    assert client.messages.create(model="claude-haiku-4-5", max_tokens=5, messages=USER).content


def test_failures_can_target_one_path(fake_api, client):
    fake_api.fail_next(500, path="/v1/models")
    assert client.messages.create(model="claude-haiku-4-5", max_tokens=5, messages=USER).content
    with pytest.raises(anthropic.InternalServerError):
        client.models.list()


def test_requests_are_recorded_with_headers_and_body(fake_api, client):
    client.messages.create(model="claude-haiku-4-5", max_tokens=5, messages=USER, system="Be brief.")
    sent = fake_api.message_requests()[-1]
    assert sent.body["system"] == "Be brief."
    assert sent.body["messages"] == USER
    assert "anthropic-version" in sent.headers


def test_message_batches_round_trip(fake_api, client):
    fake_api.rules = {"money": "billing"}
    params = {"model": "claude-haiku-4-5", "max_tokens": 20, "messages": USER}
    batch = client.messages.batches.create(requests=[
        {"custom_id": "refund", "params": params},
        {"custom_id": "bad", "params": {**params, "model": "claude-nope"}},
    ])
    assert batch.processing_status == "in_progress"
    assert client.messages.batches.retrieve(batch.id).processing_status == "ended"
    results = {r.custom_id: r.result for r in client.messages.batches.results(batch.id)}
    assert results["refund"].type == "succeeded"
    assert results["refund"].message.content[0].text == "billing"
    assert results["bad"].type == "errored"


def test_default_key_is_not_a_real_looking_production_key():
    assert DEFAULT_KEY.startswith("sk-ant-fake")
