"""The benchmark's llama.cpp server process, with a stand-in that exits at once: the failure is a
sentence with its exit and log, and nothing of it is left running."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.errors import RemoteEngineError
from app.session.bench.llamacpp import LlamaCppServer


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in is a shell script")
def test_a_server_that_exits_is_reported_with_its_exit_and_log(tmp_path: Path) -> None:
    fake = tmp_path / "python"
    fake.write_text("#!/bin/sh\necho 'no llama here'\nexit 3\n")
    fake.chmod(0o755)
    server = LlamaCppServer(tmp_path / "model.gguf", 1, python=str(fake))
    with pytest.raises(RemoteEngineError) as info:
        server.start(timeout=30)
    assert "exited before it was ready" in info.value.message and "no llama here" in info.value.message
    assert server.proc is None  # stopped and forgotten
    server.stop()  # idempotent


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in is a shell script")
def test_a_server_killed_by_an_illegal_instruction_says_how_to_rebuild(tmp_path: Path) -> None:
    fake = tmp_path / "python"
    fake.write_text("#!/bin/sh\necho 'loading'\nkill -s ILL $$\n")
    fake.chmod(0o755)
    server = LlamaCppServer(tmp_path / "model.gguf", 1, python=str(fake))
    with pytest.raises(RemoteEngineError) as info:
        server.start(timeout=30)
    assert "illegal instruction" in info.value.message and "-DGGML_AMX_INT8=OFF" in info.value.message
    assert "loading" in info.value.message and server.proc is None
