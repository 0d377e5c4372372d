"""Escalation end to end on the command line: the default model declines, the configured larger
model (an OpenAI-compatible endpoint on 127.0.0.1) answers through the same turn path:
constrained by the plan schema, free-form files only because it is flagged capable, every
path checked, journaled, and undone byte for byte."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from tests.unit.scaffold.helpers import next_project, snapshot
from tests.unit.session.bench.fakeopenai import Server, serving

ROBOTS = "User-agent: *\nDisallow: /admin\n"
ASK = "add a robots.txt that keeps crawlers out of /admin"


def answer(path: str, body: dict[str, Any]) -> list[str]:
    request = body["messages"][-1]["content"].split("\n")[0]
    if body["model"] == "small":
        plan: dict[str, Any] = {"ops": [{"op": "decline"}]}
    elif "outside" in request:
        plan = {"ops": [{"op": "write_file", "path": "../outside.txt", "content": "x"}]}
    else:
        plan = {"ops": [{"op": "write_file", "path": "public/robots.txt", "content": ROBOTS}]}
    text = json.dumps(plan, separators=(",", ":"))
    return [text[i:i + 7] for i in range(0, len(text), 7)]


@pytest.fixture()
def endpoint(monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    s = Server(key="k-123", answer=answer)
    monkeypatch.setenv("ESC_KEY", "k-123")
    monkeypatch.delenv("NXR_MODEL", raising=False)
    with serving(s):
        yield s


def _schema_ops(body: dict[str, Any]) -> set[str]:
    schema = body["response_format"]["json_schema"]["schema"]
    return {ref["$ref"].rsplit("/", 1)[-1] for ref in schema["properties"]["ops"]["items"]["anyOf"]}


def test_a_declined_request_escalates_to_the_larger_model_and_undoes_byte_for_byte(
        isolated_dirs: Path, endpoint: Server, capsys: pytest.CaptureFixture[str]) -> None:
    for model, extra in (("small", []), ("big", ["--capable"])):
        assert main(["model", "add", "--openai", endpoint.url, "--model", model, "--id", model,
                     "--key-env", "ESC_KEY", "--no-check", *extra]) == 0
    assert main(["model", "use", "small"]) == 0 and main(["model", "escalate", "big"]) == 0
    site = next_project(isolated_dirs / "site")
    before = snapshot(site)
    capsys.readouterr()

    assert main(["prompt", str(site), ASK, "--no-preview"]) == 1
    out = capsys.readouterr().out
    assert "declined: nothing was changed" in out and "model small" in out
    assert f"try:     nxr prompt {site} '{ASK}' --model big" in out
    assert snapshot(site) == before
    small_body = endpoint.requests[-1][1]
    assert "WriteFile" not in _schema_ops(small_body), "a model not flagged capable gets only structured ops"

    assert main(["prompt", str(site), ASK, "--no-preview", "--model", "big"]) == 0
    out = capsys.readouterr().out
    assert "\u2713 applied" in out and "public/robots.txt" in out and "model big" in out and "total wait" in out
    assert "WriteFile" in _schema_ops(endpoint.requests[-1][1]), "constrained to the plan schema, files allowed"
    assert (site / "public" / "robots.txt").read_text() == ROBOTS
    assert "try:" not in out

    assert main(["prompt", str(site), "write a file outside the project", "--no-preview", "--model", "big"]) == 1
    out = capsys.readouterr().out
    assert "rejected" in out and not (isolated_dirs / "outside.txt").exists()

    assert main(["undo", str(site)]) == 0
    assert snapshot(site) == before
