"""The real model through onnxruntime-genai: streaming, constraints, KV reuse, cancel, errors.

Needs the model built by `nxr model build` (scripts/test.sh does it first).
"""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.engine.base import GenerateOptions, Guidance, Message
from app.engine.loader import load_engine
from app.engine.manifest import Manifest
from app.engine.ort_engine import OrtEngine
from app.errors import ModelCorruptError, ProviderError, UsageError

pytestmark = pytest.mark.integration

DEMO_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "op": {"type": "string", "enum": ["add_page", "set_text", "remove_page"]},
        "route": {"type": "string", "pattern": "^/[a-z0-9-]{0,30}$"},
        "title": {"type": "string", "maxLength": 40},
    },
    "required": ["op", "route", "title"],
    "additionalProperties": False,
    "x-guidance": {"whitespace_flexible": False},
}
SYSTEM = """You turn a developer's request about their Next.js site into one JSON edit plan.
Ops: add_page (route, title), set_text (route, target, text), remove_page (route).

Request: add a contact page titled Get in touch
Plan:
{"op":"add_page","route":"/contact","title":"Get in touch"}

Request: change the home page heading to Fresh bread daily
Plan:
{"op":"set_text","route":"/","target":"heading","text":"Fresh bread daily"}

Request: delete the blog page
Plan:
{"op":"remove_page","route":"/blog"}

Request: create a page called Pricing
Plan:
{"op":"add_page","route":"/pricing","title":"Pricing"}"""


def demo_system() -> str:
    return SYSTEM

PLAN = Guidance.json_schema(DEMO_SCHEMA)


@pytest.fixture(scope="module")
def engine(real_manifest: Manifest) -> Iterator[OrtEngine]:
    eng = load_engine(real_manifest, provider="cpu")
    yield eng
    eng.close()


def _conversation(request: str) -> list[Message]:
    return [Message("system", demo_system()), Message("user", request)]


def test_loads_on_cpu_with_the_probe_reasons(engine: OrtEngine) -> None:
    assert engine.info.provider == "cpu"
    attempts = engine.provider_choice.attempts
    assert attempts[-1].provider == "cpu" and attempts[-1].loaded


def test_free_generation_streams_text_with_timestamps(engine: OrtEngine) -> None:
    resp = engine.generate([Message("user", "The capital of France is")], GenerateOptions(max_tokens=12))
    chunks = list(resp)
    assert len(chunks) >= 2, "the answer must arrive as a stream, not in one piece"
    assert "".join(chunks).strip()
    assert resp.usage.completion_tokens == 12 and resp.usage.finish_reason == "length"
    assert resp.submitted <= resp.started <= resp.first_token <= resp.ended  # type: ignore[operator]
    assert resp.tokens_per_s and resp.tokens_per_s > 1


def test_constrained_generation_is_valid_json_for_the_schema(engine: OrtEngine) -> None:
    for request in ("add an about page titled Our Story", "remove the blog page", "make the heading say Hello"):
        text = engine.generate(_conversation(request), GenerateOptions(max_tokens=80, guidance=PLAN)).text()
        plan = json.loads(text)
        assert set(plan) == {"op", "route", "title"}
        assert plan["op"] in DEMO_SCHEMA["properties"]["op"]["enum"]
        assert plan["route"].startswith("/")


def test_regex_constraint(engine: OrtEngine) -> None:
    text = engine.generate([Message("user", "Pick a number")], GenerateOptions(max_tokens=10,
                           guidance=Guidance.regex(r"[0-9]{3}"))).text()
    assert len(text) == 3 and text.isdigit()


def test_kv_reuse_prefills_the_system_prompt_once_and_changes_nothing(engine: OrtEngine, real_manifest: Manifest) -> None:
    first = engine.generate(_conversation("create a page called Team"), GenerateOptions(max_tokens=40, guidance=PLAN))
    first_text = first.text()
    second = engine.generate(_conversation("create a page called Team"), GenerateOptions(max_tokens=40, guidance=PLAN))
    assert second.text() == first_text
    assert second.usage.cached_tokens > 100
    assert second.usage.prompt_tokens - second.usage.cached_tokens < 30
    fresh = load_engine(real_manifest, provider="cpu")
    try:
        fresh_resp = fresh.generate(_conversation("create a page called Team"), GenerateOptions(max_tokens=40, guidance=PLAN))
        assert fresh_resp.text() == first_text
        assert fresh_resp.usage.cached_tokens == 0
    finally:
        fresh.close()


def test_cancel_from_another_thread_within_one_token(engine: OrtEngine) -> None:
    resp = engine.generate([Message("user", "Once upon a time")], GenerateOptions(max_tokens=300))
    seen: list[str] = []
    tokens_at_cancel: list[int] = []
    started = threading.Event()

    def consume() -> None:
        for chunk in resp:
            seen.append(chunk)
            if len(seen) == 5:
                started.set()

    worker = threading.Thread(target=consume)
    worker.start()
    assert started.wait(30)
    tokens_at_cancel.append(resp.usage.completion_tokens)
    resp.cancel()
    worker.join(10)
    assert not worker.is_alive()
    assert resp.cancelled
    assert resp.usage.completion_tokens <= tokens_at_cancel[0] + 1
    # The engine is free again and the next turn is unaffected.
    assert engine.generate([Message("user", "Hi")], GenerateOptions(max_tokens=3)).text()


def test_prompt_longer_than_the_window_is_a_clear_error(engine: OrtEngine, real_manifest: Manifest) -> None:
    huge = "word " * (real_manifest.runtime.max_length + 10)
    with pytest.raises(UsageError, match="too long"):
        engine.generate([Message("user", huge)]).text()


def test_invalid_schema_is_a_clear_error(engine: OrtEngine) -> None:
    bad = Guidance("json_schema", '{"type": "no-such-type"}')
    with pytest.raises(UsageError, match="constraint"):
        engine.generate([Message("user", "x")], GenerateOptions(guidance=bad)).text()


def test_corrupt_model_folder_is_reported(real_manifest: Manifest, tmp_path: Path) -> None:
    broken = tmp_path / "model"
    shutil.copytree(real_manifest.require_built(), broken, ignore=shutil.ignore_patterns("*.data"))
    with pytest.raises(ModelCorruptError, match="cannot be loaded"):
        load_engine(real_manifest, provider="cpu", model_dir=broken)
    (broken / "tokenizer.json").unlink()
    with pytest.raises(ModelCorruptError, match="tokenizer.json"):
        load_engine(real_manifest, provider="cpu", model_dir=broken)


def test_cuda_override_without_a_gpu_is_refused(real_manifest: Manifest) -> None:
    if shutil.which("nvidia-smi"):
        pytest.skip("this machine has an NVIDIA GPU")
    with pytest.raises(ProviderError, match="cannot run here"):
        load_engine(real_manifest, provider="cuda")


def test_a_turn_sharing_the_previous_turns_start_reuses_it_too(engine: OrtEngine) -> None:
    shared = "Request: add a page\nPlan:\n" * 20
    first = engine.generate([Message("system", demo_system()), Message("user", shared + "alpha")],
                            GenerateOptions(max_tokens=8, guidance=PLAN))
    first.text()
    second = engine.generate([Message("system", demo_system()), Message("user", shared + "beta")],
                             GenerateOptions(max_tokens=8, guidance=PLAN))
    text = second.text()
    assert second.usage.prompt_tokens - second.usage.cached_tokens < 10
    engine.reset_cache()
    fresh = engine.generate([Message("system", demo_system()), Message("user", shared + "beta")],
                            GenerateOptions(max_tokens=8, guidance=PLAN))
    assert fresh.text() == text


def test_a_prefilled_draft_is_reused_and_changes_nothing(engine: OrtEngine) -> None:
    request = "create a page called Opening Hours for the shop"
    opts = GenerateOptions(max_tokens=40, guidance=PLAN)
    engine.reset_cache()
    plain = engine.generate(_conversation(request), opts)
    plain_text = plain.text()
    assert plain.usage.prompt_tokens - plain.usage.cached_tokens > 5
    for cut in (10, 25, len(request)):  # as it is typed, after a turn left its own tokens behind
        engine.prefill(_conversation(request[:cut]), opts)
    drafted = engine.generate(_conversation(request), opts)
    assert drafted.text() == plain_text
    assert drafted.usage.prompt_tokens - drafted.usage.cached_tokens == 1, "only the last token is fed again"
    engine.prefill(_conversation("delete the blog"), opts)  # a draft the user then rewrote
    rewritten = engine.generate(_conversation(request), opts)
    assert rewritten.text() == plain_text


def test_a_turn_copies_the_users_words_exactly(engine: OrtEngine, tmp_path: Path) -> None:
    """Issue 16: the copy slots of a turn's grammar hold only the request's spans (the tuned
    model wrote "Harbour Cafe" for this request without them)."""
    from app.scaffold.project import create_project
    from app.scaffold.spans import request_spans
    from app.session.turn import TurnRunner

    request = "Make a home page for Harbor Cafe, a coffee shop by the sea"
    project = create_project(tmp_path / "site", "Span Test")
    result = TurnRunner(project.root, engine, copy_spans=True).run(request)
    assert result.outcome == "applied", result.message
    op = json.loads(result.model_plan or result.plan)["ops"][0]
    assert op["op"] == "describe_site" and "harbor" in op["name"].casefold(), op
    folded = {s.casefold() for s in request_spans(request)}
    copied = [v for k, v in op.items() if k in ("name", "tagline")]
    assert all(v.casefold() in folded for v in copied), copied
