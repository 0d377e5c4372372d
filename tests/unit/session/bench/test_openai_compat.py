"""The OpenAI-compatible engine against a tiny local SSE server (no model)."""

from __future__ import annotations

import pytest

from app.engine.base import GenerateOptions, Guidance, Message
from app.engine.manifest import PromptSpec
from app.engine.openai_compat import OpenAICompatEngine
from app.errors import RemoteEngineError, UsageError
from app.preview.net import free_port
from tests.unit.session.bench.fakeopenai import PIECES, Server, server  # noqa: F401  (server: a fixture)

SPEC = PromptSpec(style="completion", system="{content}\n\n", user="Request: {content}\nPlan:\n",
                  assistant="{content}\n\n")
SCHEMA = {"type": "object", "properties": {"ops": {"type": "array", "items": {"type": "string"}}},
          "required": ["ops"], "additionalProperties": False, "x-guidance": {"whitespace_flexible": False}}


MESSAGES = [Message("system", "You plan edits."), Message("user", "add a page"), Message("assistant", '{"ops":[]}'),
            Message("user", "add a blog")]


def test_completions_stream_with_timestamps_and_the_rendered_prompt(server: Server) -> None:
    engine = OpenAICompatEngine(server.url, api="completions", api_key="sekret", prompt=SPEC, constraint="json_schema",
                                stop=["\n\n"])
    resp = engine.generate(MESSAGES, GenerateOptions(max_tokens=50, guidance=Guidance.json_schema(SCHEMA)))
    chunks = list(resp)
    assert "".join(chunks) == '{"ops":["a","b"]}' and chunks == PIECES
    assert resp.first_token is not None and resp.ended is not None
    assert resp.submitted < resp.first_token < resp.ended
    assert resp.ttft_s is not None and resp.ttft_s >= 0.04  # the first piece came after the server's delay
    assert resp.usage.completion_tokens == 3 and resp.usage.finish_reason == "stop"
    path, body, headers = server.requests[-1]
    assert path == "/v1/completions" and body["stream"] is True and body["max_tokens"] == 50
    assert body["prompt"] == ("You plan edits.\n\nRequest: add a page\nPlan:\n{\"ops\":[]}\n\n"
                              "Request: add a blog\nPlan:\n")
    assert body["json_schema"]["required"] == ["ops"] and "x-guidance" not in body["json_schema"]
    assert body["temperature"] == 0.0 and body["stop"] == ["\n\n"]


def test_chat_falls_back_to_json_object_when_json_schema_is_refused(server: Server) -> None:
    server.reject_json_schema = True
    engine = OpenAICompatEngine(server.url, api="chat", api_key="sekret", model="m1")
    text = engine.generate(MESSAGES, GenerateOptions(guidance=Guidance.json_schema(SCHEMA))).text()
    assert text == '{"ops":["a","b"]}'
    first, second = server.requests[-2][1], server.requests[-1][1]
    assert first["response_format"]["type"] == "json_schema"
    assert second["response_format"] == {"type": "json_object", "schema": {k: v for k, v in SCHEMA.items()
                                                                          if k != "x-guidance"}}
    assert second["messages"][0] == {"role": "system", "content": "You plan edits."} and second["model"] == "m1"
    engine.generate(MESSAGES, GenerateOptions(guidance=Guidance.json_schema(SCHEMA))).text()
    assert server.requests[-1][1]["response_format"]["type"] == "json_object", "the fallback is remembered"


def test_grammar_constraint_sends_gbnf() -> None:
    pytest.importorskip("llama_cpp.llama_grammar")
    engine = OpenAICompatEngine("http://127.0.0.1:9/v1", api="completions", prompt=SPEC, constraint="grammar")
    _, payload = engine._payload(MESSAGES, GenerateOptions(guidance=Guidance.json_schema(SCHEMA)))
    assert "root ::=" in payload["grammar"] and "json_schema" not in payload
    assert 'space ::= ""' in payload["grammar"].splitlines(), "whitespace_flexible: false is kept"
    href = {"type": "object", "properties": {"u": {"type": "string", "pattern": r"^https://[^\s\"<>]{1,3}$"}}}
    _, payload = engine._payload(MESSAGES, GenerateOptions(guidance=Guidance.json_schema(href)))
    assert "\\s" not in payload["grammar"] and '[^ \\t\\n\\r\\"<>]' in payload["grammar"], payload["grammar"]
    assert 'space ::= " "?' in payload["grammar"], "flexible whitespace when the schema does not forbid it"


def test_cancel_stops_between_chunks_and_closes_the_connection(server: Server) -> None:
    server.delay_s = 0.2
    engine = OpenAICompatEngine(server.url, api="completions", api_key="sekret", prompt=SPEC)
    resp = engine.generate(MESSAGES)
    got = []
    for chunk in resp:
        got.append(chunk)
        resp.cancel()
    assert got == PIECES[:1] and resp.cancelled
    assert server.disconnected.wait(3.0), "the server saw the client go away"


def test_connection_refused_and_http_errors_are_clear() -> None:
    engine = OpenAICompatEngine(f"http://127.0.0.1:{free_port()}/v1", api="completions", prompt=SPEC)
    with pytest.raises(RemoteEngineError, match="Cannot reach the model server") as info:
        engine.generate(MESSAGES).text()
    assert "--base-url" in str(info.value)
    with pytest.raises(RemoteEngineError, match="Cannot reach"):
        engine.warm(None, "system")


def test_bad_key_wrong_path_and_bad_input(server: Server) -> None:
    bad_key = OpenAICompatEngine(server.url, api="completions", api_key="nope", prompt=SPEC)
    with pytest.raises(RemoteEngineError, match="HTTP 401") as info:
        bad_key.generate(MESSAGES).text()
    assert "Invalid API key" in str(info.value) and "--api-key" in str(info.value)
    wrong = OpenAICompatEngine(server.url.replace("/v1", "/v2"), api="completions", api_key="sekret", prompt=SPEC)
    with pytest.raises(RemoteEngineError, match="HTTP 404"):
        wrong.generate(MESSAGES).text()
    with pytest.raises(UsageError, match="not an http"):
        OpenAICompatEngine("ftp://x/v1")
    with pytest.raises(UsageError, match="JSON-schema constraints only"):
        OpenAICompatEngine(server.url, api="completions", prompt=SPEC).generate(
            MESSAGES, GenerateOptions(guidance=Guidance.regex("[a-z]+")))


def test_warm_sends_the_system_prefix_once(server: Server) -> None:
    engine = OpenAICompatEngine(server.url, api="completions", api_key="sekret", prompt=SPEC, constraint="json_schema")
    engine.warm(Guidance.json_schema(SCHEMA), "You plan edits.")
    body = server.requests[-1][1]
    assert body["prompt"] == "You plan edits.\n\n" and body["max_tokens"] == 1 and "json_schema" in body


def test_a_stream_that_ends_without_finishing_is_an_error_with_the_server_state(server: Server) -> None:
    server.truncate = True
    engine = OpenAICompatEngine(server.url, api="completions", api_key="sekret", prompt=SPEC,
                                server_state=lambda: "The llama.cpp server is no longer running (killed by signal 11)")
    resp = engine.generate(MESSAGES)
    with pytest.raises(RemoteEngineError, match="ended the stream before the generation finished") as info:
        resp.text()
    assert "signal 11" in str(info.value) and resp.usage.finish_reason == "error"
